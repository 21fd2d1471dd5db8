/**
 * @otacast/broker: the server (`startServer`), the publisher SDK and the
 * admin client. The `otacast` CLI is built on the same exports.
 */
export { startServer, type ServerOptions, type RunningServer } from './server.js';
export { MAX_DIGESTS_PER_REQUEST } from '@otacast/shared';
export { ApiClient, newPublisherClientId, type ApiClientOptions, type ApiMethod, type BlobRangeUpload, type CommitResult } from './sdk/api-client.js';
export { agentStateName, outcomeName, toDeviceInfo, toReleaseInfo, type AuditEntryInfo, type DeviceInfo, type PrincipalInfo, type ReleaseInfo } from './sdk/admin.js';
export { PrincipalsClient, type PrincipalRoleName } from './sdk/principals.js';
export {
  checkRequires,
  defaultComponentType,
  parseComponentArg,
  parseExpires,
  readReleaseFile,
  releaseSpecFromArgs,
  releaseSpecFromJson,
  resolveExpiry,
  validateReleaseSpec,
  type ComponentSource,
  type ReleaseArgs,
  type ReleaseSpec,
} from './sdk/release-spec.js';
export {
  prepareRelease,
  publishRelease,
  uploadMissingBlobs,
  type PreparedRelease,
  type PublishOptions,
  type PublishReleaseOptions,
  type PublishProgress,
  type PublishResult,
} from './sdk/publisher.js';
export { connectTransport, type Transport, type TransportOptions } from './sdk/transport.js';
export { FleetClient, type GcResult, type RolloutCommand, type RolloutSpec } from './sdk/fleet.js';
export { toRolloutStatus, type RolloutStatusJson } from './sdk/rollout-status.js';
