/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const otacast = $root.otacast = (() => {

    /**
     * Namespace otacast.
     * @exports otacast
     * @namespace
     */
    const otacast = {};

    otacast.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof otacast
         * @namespace
         */
        const v1 = {};

        v1.ApiRequest = (function() {

            /**
             * Properties of an ApiRequest.
             * @typedef {Object} otacast.v1.ApiRequest.$Properties
             * @property {number|null} [id] ApiRequest id
             * @property {otacast.v1.MissingBlobsRequest.$Properties|null} [missingBlobs] ApiRequest missingBlobs
             * @property {otacast.v1.PutBlobRequest.$Properties|null} [putBlob] ApiRequest putBlob
             * @property {otacast.v1.CommitReleaseRequest.$Properties|null} [commitRelease] ApiRequest commitRelease
             * @property {otacast.v1.AddDeviceRequest.$Properties|null} [addDevice] ApiRequest addDevice
             * @property {otacast.v1.ListDevicesRequest.$Properties|null} [listDevices] ApiRequest listDevices
             * @property {otacast.v1.ListReleasesRequest.$Properties|null} [listReleases] ApiRequest listReleases
             * @property {otacast.v1.LabelDeviceRequest.$Properties|null} [labelDevice] ApiRequest labelDevice
             * @property {otacast.v1.RemoveDeviceRequest.$Properties|null} [removeDevice] ApiRequest removeDevice
             * @property {otacast.v1.RotateDeviceTokenRequest.$Properties|null} [rotateDeviceToken] ApiRequest rotateDeviceToken
             * @property {otacast.v1.StartRolloutRequest.$Properties|null} [startRollout] ApiRequest startRollout
             * @property {otacast.v1.RolloutActionRequest.$Properties|null} [rolloutAction] ApiRequest rolloutAction
             * @property {otacast.v1.GetRolloutRequest.$Properties|null} [getRollout] ApiRequest getRollout
             * @property {otacast.v1.ListRolloutsRequest.$Properties|null} [listRollouts] ApiRequest listRollouts
             * @property {otacast.v1.YankReleaseRequest.$Properties|null} [yankRelease] ApiRequest yankRelease
             * @property {otacast.v1.PublishKeyringRequest.$Properties|null} [publishKeyring] ApiRequest publishKeyring
             * @property {otacast.v1.AddPrincipalRequest.$Properties|null} [addPrincipal] ApiRequest addPrincipal
             * @property {otacast.v1.ListPrincipalsRequest.$Properties|null} [listPrincipals] ApiRequest listPrincipals
             * @property {otacast.v1.RotatePrincipalTokenRequest.$Properties|null} [rotatePrincipalToken] ApiRequest rotatePrincipalToken
             * @property {otacast.v1.RemovePrincipalRequest.$Properties|null} [removePrincipal] ApiRequest removePrincipal
             * @property {otacast.v1.ListAuditRequest.$Properties|null} [listAudit] ApiRequest listAudit
             * @property {otacast.v1.GcRequest.$Properties|null} [gc] ApiRequest gc
             * @property {"missingBlobs"|"putBlob"|"commitRelease"|"addDevice"|"listDevices"|"listReleases"|"labelDevice"|"removeDevice"|"rotateDeviceToken"|"startRollout"|"rolloutAction"|"getRollout"|"listRollouts"|"yankRelease"|"publishKeyring"|"addPrincipal"|"listPrincipals"|"rotatePrincipalToken"|"removePrincipal"|"listAudit"|"gc"} [body] ApiRequest body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ApiRequest.
             * @memberof otacast.v1
             * @interface IApiRequest
             * @augments otacast.v1.ApiRequest.$Properties
             * @deprecated Use otacast.v1.ApiRequest.$Properties instead.
             */

            /**
             * Narrowed shape of an ApiRequest.
             * @typedef {{
             *   id?: number|null;
             *   missingBlobs?: otacast.v1.MissingBlobsRequest.$Shape|null;
             *   putBlob?: otacast.v1.PutBlobRequest.$Shape|null;
             *   commitRelease?: otacast.v1.CommitReleaseRequest.$Shape|null;
             *   addDevice?: otacast.v1.AddDeviceRequest.$Shape|null;
             *   listDevices?: otacast.v1.ListDevicesRequest.$Shape|null;
             *   listReleases?: otacast.v1.ListReleasesRequest.$Shape|null;
             *   labelDevice?: otacast.v1.LabelDeviceRequest.$Shape|null;
             *   removeDevice?: otacast.v1.RemoveDeviceRequest.$Shape|null;
             *   rotateDeviceToken?: otacast.v1.RotateDeviceTokenRequest.$Shape|null;
             *   startRollout?: otacast.v1.StartRolloutRequest.$Shape|null;
             *   rolloutAction?: otacast.v1.RolloutActionRequest.$Shape|null;
             *   getRollout?: otacast.v1.GetRolloutRequest.$Shape|null;
             *   listRollouts?: otacast.v1.ListRolloutsRequest.$Shape|null;
             *   yankRelease?: otacast.v1.YankReleaseRequest.$Shape|null;
             *   publishKeyring?: otacast.v1.PublishKeyringRequest.$Shape|null;
             *   addPrincipal?: otacast.v1.AddPrincipalRequest.$Shape|null;
             *   listPrincipals?: otacast.v1.ListPrincipalsRequest.$Shape|null;
             *   rotatePrincipalToken?: otacast.v1.RotatePrincipalTokenRequest.$Shape|null;
             *   removePrincipal?: otacast.v1.RemovePrincipalRequest.$Shape|null;
             *   listAudit?: otacast.v1.ListAuditRequest.$Shape|null;
             *   gc?: otacast.v1.GcRequest.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; missingBlobs?: null; putBlob?: null; commitRelease?: null; addDevice?: null; listDevices?: null; listReleases?: null; labelDevice?: null; removeDevice?: null; rotateDeviceToken?: null; startRollout?: null; rolloutAction?: null; getRollout?: null; listRollouts?: null; yankRelease?: null; publishKeyring?: null; addPrincipal?: null; listPrincipals?: null; rotatePrincipalToken?: null; removePrincipal?: null; listAudit?: null; gc?: null }|{ body?: "missingBlobs"; missingBlobs: otacast.v1.MissingBlobsRequest.$Shape; putBlob?: null; commitRelease?: null; addDevice?: null; listDevices?: null; listReleases?: null; labelDevice?: null; removeDevice?: null; rotateDeviceToken?: null; startRollout?: null; rolloutAction?: null; getRollout?: null; listRollouts?: null; yankRelease?: null; publishKeyring?: null; addPrincipal?: null; listPrincipals?: null; rotatePrincipalToken?: null; removePrincipal?: null; listAudit?: null; gc?: null }|{ body?: "putBlob"; missingBlobs?: null; putBlob: otacast.v1.PutBlobRequest.$Shape; commitRelease?: null; addDevice?: null; listDevices?: null; listReleases?: null; labelDevice?: null; removeDevice?: null; rotateDeviceToken?: null; startRollout?: null; rolloutAction?: null; getRollout?: null; listRollouts?: null; yankRelease?: null; publishKeyring?: null; addPrincipal?: null; listPrincipals?: null; rotatePrincipalToken?: null; removePrincipal?: null; listAudit?: null; gc?: null }|{ body?: "commitRelease"; missingBlobs?: null; putBlob?: null; commitRelease: otacast.v1.CommitReleaseRequest.$Shape; addDevice?: null; listDevices?: null; listReleases?: null; labelDevice?: null; removeDevice?: null; rotateDeviceToken?: null; startRollout?: null; rolloutAction?: null; getRollout?: null; listRollouts?: null; yankRelease?: null; publishKeyring?: null; addPrincipal?: null; listPrincipals?: null; rotatePrincipalToken?: null; removePrincipal?: null; listAudit?: null; gc?: null }|{ body?: "addDevice"; missingBlobs?: null; putBlob?: null; commitRelease?: null; addDevice: otacast.v1.AddDeviceRequest.$Shape; listDevices?: null; listReleases?: null; labelDevice?: null; removeDevice?: null; rotateDeviceToken?: null; startRollout?: null; rolloutAction?: null; getRollout?: null; listRollouts?: null; yankRelease?: null; publishKeyring?: null; addPrincipal?: null; listPrincipals?: null; rotatePrincipalToken?: null; removePrincipal?: null; listAudit?: null; gc?: null }|{ body?: "listDevices"; missingBlobs?: null; putBlob?: null; commitRelease?: null; addDevice?: null; listDevices: otacast.v1.ListDevicesRequest.$Shape; listReleases?: null; labelDevice?: null; removeDevice?: null; rotateDeviceToken?: null; startRollout?: null; rolloutAction?: null; getRollout?: null; listRollouts?: null; yankRelease?: null; publishKeyring?: null; addPrincipal?: null; listPrincipals?: null; rotatePrincipalToken?: null; removePrincipal?: null; listAudit?: null; gc?: null }|{ body?: "listReleases"; missingBlobs?: null; putBlob?: null; commitRelease?: null; addDevice?: null; listDevices?: null; listReleases: otacast.v1.ListReleasesRequest.$Shape; labelDevice?: null; removeDevice?: null; rotateDeviceToken?: null; startRollout?: null; rolloutAction?: null; getRollout?: null; listRollouts?: null; yankRelease?: null; publishKeyring?: null; addPrincipal?: null; listPrincipals?: null; rotatePrincipalToken?: null; removePrincipal?: null; listAudit?: null; gc?: null }|{ body?: "labelDevice"; missingBlobs?: null; putBlob?: null; commitRelease?: null; addDevice?: null; listDevices?: null; listReleases?: null; labelDevice: otacast.v1.LabelDeviceRequest.$Shape; removeDevice?: null; rotateDeviceToken?: null; startRollout?: null; rolloutAction?: null; getRollout?: null; listRollouts?: null; yankRelease?: null; publishKeyring?: null; addPrincipal?: null; listPrincipals?: null; rotatePrincipalToken?: null; removePrincipal?: null; listAudit?: null; gc?: null }|{ body?: "removeDevice"; missingBlobs?: null; putBlob?: null; commitRelease?: null; addDevice?: null; listDevices?: null; listReleases?: null; labelDevice?: null; removeDevice: otacast.v1.RemoveDeviceRequest.$Shape; rotateDeviceToken?: null; startRollout?: null; rolloutAction?: null; getRollout?: null; listRollouts?: null; yankRelease?: null; publishKeyring?: null; addPrincipal?: null; listPrincipals?: null; rotatePrincipalToken?: null; removePrincipal?: null; listAudit?: null; gc?: null }|{ body?: "rotateDeviceToken"; missingBlobs?: null; putBlob?: null; commitRelease?: null; addDevice?: null; listDevices?: null; listReleases?: null; labelDevice?: null; removeDevice?: null; rotateDeviceToken: otacast.v1.RotateDeviceTokenRequest.$Shape; startRollout?: null; rolloutAction?: null; getRollout?: null; listRollouts?: null; yankRelease?: null; publishKeyring?: null; addPrincipal?: null; listPrincipals?: null; rotatePrincipalToken?: null; removePrincipal?: null; listAudit?: null; gc?: null }|{ body?: "startRollout"; missingBlobs?: null; putBlob?: null; commitRelease?: null; addDevice?: null; listDevices?: null; listReleases?: null; labelDevice?: null; removeDevice?: null; rotateDeviceToken?: null; startRollout: otacast.v1.StartRolloutRequest.$Shape; rolloutAction?: null; getRollout?: null; listRollouts?: null; yankRelease?: null; publishKeyring?: null; addPrincipal?: null; listPrincipals?: null; rotatePrincipalToken?: null; removePrincipal?: null; listAudit?: null; gc?: null }|{ body?: "rolloutAction"; missingBlobs?: null; putBlob?: null; commitRelease?: null; addDevice?: null; listDevices?: null; listReleases?: null; labelDevice?: null; removeDevice?: null; rotateDeviceToken?: null; startRollout?: null; rolloutAction: otacast.v1.RolloutActionRequest.$Shape; getRollout?: null; listRollouts?: null; yankRelease?: null; publishKeyring?: null; addPrincipal?: null; listPrincipals?: null; rotatePrincipalToken?: null; removePrincipal?: null; listAudit?: null; gc?: null }|{ body?: "getRollout"; missingBlobs?: null; putBlob?: null; commitRelease?: null; addDevice?: null; listDevices?: null; listReleases?: null; labelDevice?: null; removeDevice?: null; rotateDeviceToken?: null; startRollout?: null; rolloutAction?: null; getRollout: otacast.v1.GetRolloutRequest.$Shape; listRollouts?: null; yankRelease?: null; publishKeyring?: null; addPrincipal?: null; listPrincipals?: null; rotatePrincipalToken?: null; removePrincipal?: null; listAudit?: null; gc?: null }|{ body?: "listRollouts"; missingBlobs?: null; putBlob?: null; commitRelease?: null; addDevice?: null; listDevices?: null; listReleases?: null; labelDevice?: null; removeDevice?: null; rotateDeviceToken?: null; startRollout?: null; rolloutAction?: null; getRollout?: null; listRollouts: otacast.v1.ListRolloutsRequest.$Shape; yankRelease?: null; publishKeyring?: null; addPrincipal?: null; listPrincipals?: null; rotatePrincipalToken?: null; removePrincipal?: null; listAudit?: null; gc?: null }|{ body?: "yankRelease"; missingBlobs?: null; putBlob?: null; commitRelease?: null; addDevice?: null; listDevices?: null; listReleases?: null; labelDevice?: null; removeDevice?: null; rotateDeviceToken?: null; startRollout?: null; rolloutAction?: null; getRollout?: null; listRollouts?: null; yankRelease: otacast.v1.YankReleaseRequest.$Shape; publishKeyring?: null; addPrincipal?: null; listPrincipals?: null; rotatePrincipalToken?: null; removePrincipal?: null; listAudit?: null; gc?: null }|{ body?: "publishKeyring"; missingBlobs?: null; putBlob?: null; commitRelease?: null; addDevice?: null; listDevices?: null; listReleases?: null; labelDevice?: null; removeDevice?: null; rotateDeviceToken?: null; startRollout?: null; rolloutAction?: null; getRollout?: null; listRollouts?: null; yankRelease?: null; publishKeyring: otacast.v1.PublishKeyringRequest.$Shape; addPrincipal?: null; listPrincipals?: null; rotatePrincipalToken?: null; removePrincipal?: null; listAudit?: null; gc?: null }|{ body?: "addPrincipal"; missingBlobs?: null; putBlob?: null; commitRelease?: null; addDevice?: null; listDevices?: null; listReleases?: null; labelDevice?: null; removeDevice?: null; rotateDeviceToken?: null; startRollout?: null; rolloutAction?: null; getRollout?: null; listRollouts?: null; yankRelease?: null; publishKeyring?: null; addPrincipal: otacast.v1.AddPrincipalRequest.$Shape; listPrincipals?: null; rotatePrincipalToken?: null; removePrincipal?: null; listAudit?: null; gc?: null }|{ body?: "listPrincipals"; missingBlobs?: null; putBlob?: null; commitRelease?: null; addDevice?: null; listDevices?: null; listReleases?: null; labelDevice?: null; removeDevice?: null; rotateDeviceToken?: null; startRollout?: null; rolloutAction?: null; getRollout?: null; listRollouts?: null; yankRelease?: null; publishKeyring?: null; addPrincipal?: null; listPrincipals: otacast.v1.ListPrincipalsRequest.$Shape; rotatePrincipalToken?: null; removePrincipal?: null; listAudit?: null; gc?: null }|{ body?: "rotatePrincipalToken"; missingBlobs?: null; putBlob?: null; commitRelease?: null; addDevice?: null; listDevices?: null; listReleases?: null; labelDevice?: null; removeDevice?: null; rotateDeviceToken?: null; startRollout?: null; rolloutAction?: null; getRollout?: null; listRollouts?: null; yankRelease?: null; publishKeyring?: null; addPrincipal?: null; listPrincipals?: null; rotatePrincipalToken: otacast.v1.RotatePrincipalTokenRequest.$Shape; removePrincipal?: null; listAudit?: null; gc?: null }|{ body?: "removePrincipal"; missingBlobs?: null; putBlob?: null; commitRelease?: null; addDevice?: null; listDevices?: null; listReleases?: null; labelDevice?: null; removeDevice?: null; rotateDeviceToken?: null; startRollout?: null; rolloutAction?: null; getRollout?: null; listRollouts?: null; yankRelease?: null; publishKeyring?: null; addPrincipal?: null; listPrincipals?: null; rotatePrincipalToken?: null; removePrincipal: otacast.v1.RemovePrincipalRequest.$Shape; listAudit?: null; gc?: null }|{ body?: "listAudit"; missingBlobs?: null; putBlob?: null; commitRelease?: null; addDevice?: null; listDevices?: null; listReleases?: null; labelDevice?: null; removeDevice?: null; rotateDeviceToken?: null; startRollout?: null; rolloutAction?: null; getRollout?: null; listRollouts?: null; yankRelease?: null; publishKeyring?: null; addPrincipal?: null; listPrincipals?: null; rotatePrincipalToken?: null; removePrincipal?: null; listAudit: otacast.v1.ListAuditRequest.$Shape; gc?: null }|{ body?: "gc"; missingBlobs?: null; putBlob?: null; commitRelease?: null; addDevice?: null; listDevices?: null; listReleases?: null; labelDevice?: null; removeDevice?: null; rotateDeviceToken?: null; startRollout?: null; rolloutAction?: null; getRollout?: null; listRollouts?: null; yankRelease?: null; publishKeyring?: null; addPrincipal?: null; listPrincipals?: null; rotatePrincipalToken?: null; removePrincipal?: null; listAudit?: null; gc: otacast.v1.GcRequest.$Shape })
             * )} otacast.v1.ApiRequest.$Shape
             */

            /**
             * Constructs a new ApiRequest.
             * @memberof otacast.v1
             * @classdesc Represents an ApiRequest.
             * @constructor
             * @param {otacast.v1.ApiRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ApiRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ApiRequest id.
             * @member {number} id
             * @memberof otacast.v1.ApiRequest
             * @instance
             */
            ApiRequest.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ApiRequest missingBlobs.
             * @member {otacast.v1.MissingBlobsRequest.$Properties|null|undefined} missingBlobs
             * @memberof otacast.v1.ApiRequest
             * @instance
             */
            ApiRequest.prototype.missingBlobs = null;

            /**
             * ApiRequest putBlob.
             * @member {otacast.v1.PutBlobRequest.$Properties|null|undefined} putBlob
             * @memberof otacast.v1.ApiRequest
             * @instance
             */
            ApiRequest.prototype.putBlob = null;

            /**
             * ApiRequest commitRelease.
             * @member {otacast.v1.CommitReleaseRequest.$Properties|null|undefined} commitRelease
             * @memberof otacast.v1.ApiRequest
             * @instance
             */
            ApiRequest.prototype.commitRelease = null;

            /**
             * ApiRequest addDevice.
             * @member {otacast.v1.AddDeviceRequest.$Properties|null|undefined} addDevice
             * @memberof otacast.v1.ApiRequest
             * @instance
             */
            ApiRequest.prototype.addDevice = null;

            /**
             * ApiRequest listDevices.
             * @member {otacast.v1.ListDevicesRequest.$Properties|null|undefined} listDevices
             * @memberof otacast.v1.ApiRequest
             * @instance
             */
            ApiRequest.prototype.listDevices = null;

            /**
             * ApiRequest listReleases.
             * @member {otacast.v1.ListReleasesRequest.$Properties|null|undefined} listReleases
             * @memberof otacast.v1.ApiRequest
             * @instance
             */
            ApiRequest.prototype.listReleases = null;

            /**
             * ApiRequest labelDevice.
             * @member {otacast.v1.LabelDeviceRequest.$Properties|null|undefined} labelDevice
             * @memberof otacast.v1.ApiRequest
             * @instance
             */
            ApiRequest.prototype.labelDevice = null;

            /**
             * ApiRequest removeDevice.
             * @member {otacast.v1.RemoveDeviceRequest.$Properties|null|undefined} removeDevice
             * @memberof otacast.v1.ApiRequest
             * @instance
             */
            ApiRequest.prototype.removeDevice = null;

            /**
             * ApiRequest rotateDeviceToken.
             * @member {otacast.v1.RotateDeviceTokenRequest.$Properties|null|undefined} rotateDeviceToken
             * @memberof otacast.v1.ApiRequest
             * @instance
             */
            ApiRequest.prototype.rotateDeviceToken = null;

            /**
             * ApiRequest startRollout.
             * @member {otacast.v1.StartRolloutRequest.$Properties|null|undefined} startRollout
             * @memberof otacast.v1.ApiRequest
             * @instance
             */
            ApiRequest.prototype.startRollout = null;

            /**
             * ApiRequest rolloutAction.
             * @member {otacast.v1.RolloutActionRequest.$Properties|null|undefined} rolloutAction
             * @memberof otacast.v1.ApiRequest
             * @instance
             */
            ApiRequest.prototype.rolloutAction = null;

            /**
             * ApiRequest getRollout.
             * @member {otacast.v1.GetRolloutRequest.$Properties|null|undefined} getRollout
             * @memberof otacast.v1.ApiRequest
             * @instance
             */
            ApiRequest.prototype.getRollout = null;

            /**
             * ApiRequest listRollouts.
             * @member {otacast.v1.ListRolloutsRequest.$Properties|null|undefined} listRollouts
             * @memberof otacast.v1.ApiRequest
             * @instance
             */
            ApiRequest.prototype.listRollouts = null;

            /**
             * ApiRequest yankRelease.
             * @member {otacast.v1.YankReleaseRequest.$Properties|null|undefined} yankRelease
             * @memberof otacast.v1.ApiRequest
             * @instance
             */
            ApiRequest.prototype.yankRelease = null;

            /**
             * ApiRequest publishKeyring.
             * @member {otacast.v1.PublishKeyringRequest.$Properties|null|undefined} publishKeyring
             * @memberof otacast.v1.ApiRequest
             * @instance
             */
            ApiRequest.prototype.publishKeyring = null;

            /**
             * ApiRequest addPrincipal.
             * @member {otacast.v1.AddPrincipalRequest.$Properties|null|undefined} addPrincipal
             * @memberof otacast.v1.ApiRequest
             * @instance
             */
            ApiRequest.prototype.addPrincipal = null;

            /**
             * ApiRequest listPrincipals.
             * @member {otacast.v1.ListPrincipalsRequest.$Properties|null|undefined} listPrincipals
             * @memberof otacast.v1.ApiRequest
             * @instance
             */
            ApiRequest.prototype.listPrincipals = null;

            /**
             * ApiRequest rotatePrincipalToken.
             * @member {otacast.v1.RotatePrincipalTokenRequest.$Properties|null|undefined} rotatePrincipalToken
             * @memberof otacast.v1.ApiRequest
             * @instance
             */
            ApiRequest.prototype.rotatePrincipalToken = null;

            /**
             * ApiRequest removePrincipal.
             * @member {otacast.v1.RemovePrincipalRequest.$Properties|null|undefined} removePrincipal
             * @memberof otacast.v1.ApiRequest
             * @instance
             */
            ApiRequest.prototype.removePrincipal = null;

            /**
             * ApiRequest listAudit.
             * @member {otacast.v1.ListAuditRequest.$Properties|null|undefined} listAudit
             * @memberof otacast.v1.ApiRequest
             * @instance
             */
            ApiRequest.prototype.listAudit = null;

            /**
             * ApiRequest gc.
             * @member {otacast.v1.GcRequest.$Properties|null|undefined} gc
             * @memberof otacast.v1.ApiRequest
             * @instance
             */
            ApiRequest.prototype.gc = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * ApiRequest body.
             * @member {"missingBlobs"|"putBlob"|"commitRelease"|"addDevice"|"listDevices"|"listReleases"|"labelDevice"|"removeDevice"|"rotateDeviceToken"|"startRollout"|"rolloutAction"|"getRollout"|"listRollouts"|"yankRelease"|"publishKeyring"|"addPrincipal"|"listPrincipals"|"rotatePrincipalToken"|"removePrincipal"|"listAudit"|"gc"|undefined} body
             * @memberof otacast.v1.ApiRequest
             * @instance
             */
            $Object.defineProperty(ApiRequest.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["missingBlobs", "putBlob", "commitRelease", "addDevice", "listDevices", "listReleases", "labelDevice", "removeDevice", "rotateDeviceToken", "startRollout", "rolloutAction", "getRollout", "listRollouts", "yankRelease", "publishKeyring", "addPrincipal", "listPrincipals", "rotatePrincipalToken", "removePrincipal", "listAudit", "gc"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new ApiRequest instance using the specified properties.
             * @function create
             * @memberof otacast.v1.ApiRequest
             * @static
             * @param {otacast.v1.ApiRequest.$Properties=} [properties] Properties to set
             * @returns {otacast.v1.ApiRequest} ApiRequest instance
             * @type {{
             *   (properties: otacast.v1.ApiRequest.$Shape): otacast.v1.ApiRequest & otacast.v1.ApiRequest.$Shape;
             *   (properties?: otacast.v1.ApiRequest.$Properties): otacast.v1.ApiRequest;
             * }}
             */
            ApiRequest.create = function(properties) {
                return new ApiRequest(properties);
            };

            /**
             * Encodes the specified ApiRequest message. Does not implicitly {@link otacast.v1.ApiRequest.verify|verify} messages.
             * @function encode
             * @memberof otacast.v1.ApiRequest
             * @static
             * @param {otacast.v1.ApiRequest.$Properties} message ApiRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ApiRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && (typeof message.id === "object" ? message.id.low || message.id.high : message.id !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.id);
                if (message.missingBlobs != null && $Object.hasOwnProperty.call(message, "missingBlobs"))
                    $root.otacast.v1.MissingBlobsRequest.encode(message.missingBlobs, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.putBlob != null && $Object.hasOwnProperty.call(message, "putBlob"))
                    $root.otacast.v1.PutBlobRequest.encode(message.putBlob, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.commitRelease != null && $Object.hasOwnProperty.call(message, "commitRelease"))
                    $root.otacast.v1.CommitReleaseRequest.encode(message.commitRelease, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.addDevice != null && $Object.hasOwnProperty.call(message, "addDevice"))
                    $root.otacast.v1.AddDeviceRequest.encode(message.addDevice, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.listDevices != null && $Object.hasOwnProperty.call(message, "listDevices"))
                    $root.otacast.v1.ListDevicesRequest.encode(message.listDevices, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.listReleases != null && $Object.hasOwnProperty.call(message, "listReleases"))
                    $root.otacast.v1.ListReleasesRequest.encode(message.listReleases, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.labelDevice != null && $Object.hasOwnProperty.call(message, "labelDevice"))
                    $root.otacast.v1.LabelDeviceRequest.encode(message.labelDevice, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.removeDevice != null && $Object.hasOwnProperty.call(message, "removeDevice"))
                    $root.otacast.v1.RemoveDeviceRequest.encode(message.removeDevice, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.rotateDeviceToken != null && $Object.hasOwnProperty.call(message, "rotateDeviceToken"))
                    $root.otacast.v1.RotateDeviceTokenRequest.encode(message.rotateDeviceToken, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.startRollout != null && $Object.hasOwnProperty.call(message, "startRollout"))
                    $root.otacast.v1.StartRolloutRequest.encode(message.startRollout, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.rolloutAction != null && $Object.hasOwnProperty.call(message, "rolloutAction"))
                    $root.otacast.v1.RolloutActionRequest.encode(message.rolloutAction, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                if (message.getRollout != null && $Object.hasOwnProperty.call(message, "getRollout"))
                    $root.otacast.v1.GetRolloutRequest.encode(message.getRollout, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                if (message.listRollouts != null && $Object.hasOwnProperty.call(message, "listRollouts"))
                    $root.otacast.v1.ListRolloutsRequest.encode(message.listRollouts, writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
                if (message.yankRelease != null && $Object.hasOwnProperty.call(message, "yankRelease"))
                    $root.otacast.v1.YankReleaseRequest.encode(message.yankRelease, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                if (message.addPrincipal != null && $Object.hasOwnProperty.call(message, "addPrincipal"))
                    $root.otacast.v1.AddPrincipalRequest.encode(message.addPrincipal, writer.uint32(/* id 20, wireType 2 =*/162).fork(), _depth + 1).ldelim();
                if (message.listPrincipals != null && $Object.hasOwnProperty.call(message, "listPrincipals"))
                    $root.otacast.v1.ListPrincipalsRequest.encode(message.listPrincipals, writer.uint32(/* id 21, wireType 2 =*/170).fork(), _depth + 1).ldelim();
                if (message.rotatePrincipalToken != null && $Object.hasOwnProperty.call(message, "rotatePrincipalToken"))
                    $root.otacast.v1.RotatePrincipalTokenRequest.encode(message.rotatePrincipalToken, writer.uint32(/* id 22, wireType 2 =*/178).fork(), _depth + 1).ldelim();
                if (message.removePrincipal != null && $Object.hasOwnProperty.call(message, "removePrincipal"))
                    $root.otacast.v1.RemovePrincipalRequest.encode(message.removePrincipal, writer.uint32(/* id 23, wireType 2 =*/186).fork(), _depth + 1).ldelim();
                if (message.listAudit != null && $Object.hasOwnProperty.call(message, "listAudit"))
                    $root.otacast.v1.ListAuditRequest.encode(message.listAudit, writer.uint32(/* id 24, wireType 2 =*/194).fork(), _depth + 1).ldelim();
                if (message.publishKeyring != null && $Object.hasOwnProperty.call(message, "publishKeyring"))
                    $root.otacast.v1.PublishKeyringRequest.encode(message.publishKeyring, writer.uint32(/* id 30, wireType 2 =*/242).fork(), _depth + 1).ldelim();
                if (message.gc != null && $Object.hasOwnProperty.call(message, "gc"))
                    $root.otacast.v1.GcRequest.encode(message.gc, writer.uint32(/* id 35, wireType 2 =*/282).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an ApiRequest message from the specified reader or buffer.
             * @function decode
             * @memberof otacast.v1.ApiRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {otacast.v1.ApiRequest & otacast.v1.ApiRequest.$Shape} ApiRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ApiRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.otacast.v1.ApiRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.missingBlobs = $root.otacast.v1.MissingBlobsRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.missingBlobs);
                            message.body = "missingBlobs";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.putBlob = $root.otacast.v1.PutBlobRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.putBlob);
                            message.body = "putBlob";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.commitRelease = $root.otacast.v1.CommitReleaseRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.commitRelease);
                            message.body = "commitRelease";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.addDevice = $root.otacast.v1.AddDeviceRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.addDevice);
                            message.body = "addDevice";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.listDevices = $root.otacast.v1.ListDevicesRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.listDevices);
                            message.body = "listDevices";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.listReleases = $root.otacast.v1.ListReleasesRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.listReleases);
                            message.body = "listReleases";
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.labelDevice = $root.otacast.v1.LabelDeviceRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.labelDevice);
                            message.body = "labelDevice";
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.removeDevice = $root.otacast.v1.RemoveDeviceRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.removeDevice);
                            message.body = "removeDevice";
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.rotateDeviceToken = $root.otacast.v1.RotateDeviceTokenRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.rotateDeviceToken);
                            message.body = "rotateDeviceToken";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.startRollout = $root.otacast.v1.StartRolloutRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.startRollout);
                            message.body = "startRollout";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.rolloutAction = $root.otacast.v1.RolloutActionRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.rolloutAction);
                            message.body = "rolloutAction";
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.getRollout = $root.otacast.v1.GetRolloutRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.getRollout);
                            message.body = "getRollout";
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            message.listRollouts = $root.otacast.v1.ListRolloutsRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.listRollouts);
                            message.body = "listRollouts";
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.yankRelease = $root.otacast.v1.YankReleaseRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.yankRelease);
                            message.body = "yankRelease";
                            continue;
                        }
                    case 30: {
                            if (wireType !== 2)
                                break;
                            message.publishKeyring = $root.otacast.v1.PublishKeyringRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.publishKeyring);
                            message.body = "publishKeyring";
                            continue;
                        }
                    case 20: {
                            if (wireType !== 2)
                                break;
                            message.addPrincipal = $root.otacast.v1.AddPrincipalRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.addPrincipal);
                            message.body = "addPrincipal";
                            continue;
                        }
                    case 21: {
                            if (wireType !== 2)
                                break;
                            message.listPrincipals = $root.otacast.v1.ListPrincipalsRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.listPrincipals);
                            message.body = "listPrincipals";
                            continue;
                        }
                    case 22: {
                            if (wireType !== 2)
                                break;
                            message.rotatePrincipalToken = $root.otacast.v1.RotatePrincipalTokenRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.rotatePrincipalToken);
                            message.body = "rotatePrincipalToken";
                            continue;
                        }
                    case 23: {
                            if (wireType !== 2)
                                break;
                            message.removePrincipal = $root.otacast.v1.RemovePrincipalRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.removePrincipal);
                            message.body = "removePrincipal";
                            continue;
                        }
                    case 24: {
                            if (wireType !== 2)
                                break;
                            message.listAudit = $root.otacast.v1.ListAuditRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.listAudit);
                            message.body = "listAudit";
                            continue;
                        }
                    case 35: {
                            if (wireType !== 2)
                                break;
                            message.gc = $root.otacast.v1.GcRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.gc);
                            message.body = "gc";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return ApiRequest;
        })();

        v1.ApiResponse = (function() {

            /**
             * Properties of an ApiResponse.
             * @typedef {Object} otacast.v1.ApiResponse.$Properties
             * @property {number|null} [id] ApiResponse id
             * @property {string|null} [errorCode] ApiResponse errorCode
             * @property {string|null} [errorMessage] ApiResponse errorMessage
             * @property {otacast.v1.MissingBlobsResponse.$Properties|null} [missingBlobs] ApiResponse missingBlobs
             * @property {otacast.v1.PutBlobResponse.$Properties|null} [putBlob] ApiResponse putBlob
             * @property {otacast.v1.CommitReleaseResponse.$Properties|null} [commitRelease] ApiResponse commitRelease
             * @property {otacast.v1.AddDeviceResponse.$Properties|null} [addDevice] ApiResponse addDevice
             * @property {otacast.v1.ListDevicesResponse.$Properties|null} [listDevices] ApiResponse listDevices
             * @property {otacast.v1.ListReleasesResponse.$Properties|null} [listReleases] ApiResponse listReleases
             * @property {otacast.v1.LabelDeviceResponse.$Properties|null} [labelDevice] ApiResponse labelDevice
             * @property {otacast.v1.RemoveDeviceResponse.$Properties|null} [removeDevice] ApiResponse removeDevice
             * @property {otacast.v1.RotateDeviceTokenResponse.$Properties|null} [rotateDeviceToken] ApiResponse rotateDeviceToken
             * @property {otacast.v1.RolloutStatus.$Properties|null} [startRollout] ApiResponse startRollout
             * @property {otacast.v1.ListRolloutsResponse.$Properties|null} [listRollouts] ApiResponse listRollouts
             * @property {otacast.v1.YankReleaseResponse.$Properties|null} [yankRelease] ApiResponse yankRelease
             * @property {otacast.v1.RolloutStatus.$Properties|null} [rolloutAction] ApiResponse rolloutAction
             * @property {otacast.v1.RolloutStatus.$Properties|null} [getRollout] ApiResponse getRollout
             * @property {otacast.v1.PublishKeyringResponse.$Properties|null} [publishKeyring] ApiResponse publishKeyring
             * @property {otacast.v1.AddPrincipalResponse.$Properties|null} [addPrincipal] ApiResponse addPrincipal
             * @property {otacast.v1.ListPrincipalsResponse.$Properties|null} [listPrincipals] ApiResponse listPrincipals
             * @property {otacast.v1.RotatePrincipalTokenResponse.$Properties|null} [rotatePrincipalToken] ApiResponse rotatePrincipalToken
             * @property {otacast.v1.RemovePrincipalResponse.$Properties|null} [removePrincipal] ApiResponse removePrincipal
             * @property {otacast.v1.ListAuditResponse.$Properties|null} [listAudit] ApiResponse listAudit
             * @property {otacast.v1.GcResponse.$Properties|null} [gc] ApiResponse gc
             * @property {"missingBlobs"|"putBlob"|"commitRelease"|"addDevice"|"listDevices"|"listReleases"|"labelDevice"|"removeDevice"|"rotateDeviceToken"|"startRollout"|"listRollouts"|"yankRelease"|"rolloutAction"|"getRollout"|"publishKeyring"|"addPrincipal"|"listPrincipals"|"rotatePrincipalToken"|"removePrincipal"|"listAudit"|"gc"} [body] ApiResponse body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ApiResponse.
             * @memberof otacast.v1
             * @interface IApiResponse
             * @augments otacast.v1.ApiResponse.$Properties
             * @deprecated Use otacast.v1.ApiResponse.$Properties instead.
             */

            /**
             * Narrowed shape of an ApiResponse.
             * @typedef {{
             *   id?: number|null;
             *   errorCode?: string|null;
             *   errorMessage?: string|null;
             *   missingBlobs?: otacast.v1.MissingBlobsResponse.$Shape|null;
             *   putBlob?: otacast.v1.PutBlobResponse.$Shape|null;
             *   commitRelease?: otacast.v1.CommitReleaseResponse.$Shape|null;
             *   addDevice?: otacast.v1.AddDeviceResponse.$Shape|null;
             *   listDevices?: otacast.v1.ListDevicesResponse.$Shape|null;
             *   listReleases?: otacast.v1.ListReleasesResponse.$Shape|null;
             *   labelDevice?: otacast.v1.LabelDeviceResponse.$Shape|null;
             *   removeDevice?: otacast.v1.RemoveDeviceResponse.$Shape|null;
             *   rotateDeviceToken?: otacast.v1.RotateDeviceTokenResponse.$Shape|null;
             *   startRollout?: otacast.v1.RolloutStatus.$Shape|null;
             *   listRollouts?: otacast.v1.ListRolloutsResponse.$Shape|null;
             *   yankRelease?: otacast.v1.YankReleaseResponse.$Shape|null;
             *   rolloutAction?: otacast.v1.RolloutStatus.$Shape|null;
             *   getRollout?: otacast.v1.RolloutStatus.$Shape|null;
             *   publishKeyring?: otacast.v1.PublishKeyringResponse.$Shape|null;
             *   addPrincipal?: otacast.v1.AddPrincipalResponse.$Shape|null;
             *   listPrincipals?: otacast.v1.ListPrincipalsResponse.$Shape|null;
             *   rotatePrincipalToken?: otacast.v1.RotatePrincipalTokenResponse.$Shape|null;
             *   removePrincipal?: otacast.v1.RemovePrincipalResponse.$Shape|null;
             *   listAudit?: otacast.v1.ListAuditResponse.$Shape|null;
             *   gc?: otacast.v1.GcResponse.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; missingBlobs?: null; putBlob?: null; commitRelease?: null; addDevice?: null; listDevices?: null; listReleases?: null; labelDevice?: null; removeDevice?: null; rotateDeviceToken?: null; startRollout?: null; listRollouts?: null; yankRelease?: null; rolloutAction?: null; getRollout?: null; publishKeyring?: null; addPrincipal?: null; listPrincipals?: null; rotatePrincipalToken?: null; removePrincipal?: null; listAudit?: null; gc?: null }|{ body?: "missingBlobs"; missingBlobs: otacast.v1.MissingBlobsResponse.$Shape; putBlob?: null; commitRelease?: null; addDevice?: null; listDevices?: null; listReleases?: null; labelDevice?: null; removeDevice?: null; rotateDeviceToken?: null; startRollout?: null; listRollouts?: null; yankRelease?: null; rolloutAction?: null; getRollout?: null; publishKeyring?: null; addPrincipal?: null; listPrincipals?: null; rotatePrincipalToken?: null; removePrincipal?: null; listAudit?: null; gc?: null }|{ body?: "putBlob"; missingBlobs?: null; putBlob: otacast.v1.PutBlobResponse.$Shape; commitRelease?: null; addDevice?: null; listDevices?: null; listReleases?: null; labelDevice?: null; removeDevice?: null; rotateDeviceToken?: null; startRollout?: null; listRollouts?: null; yankRelease?: null; rolloutAction?: null; getRollout?: null; publishKeyring?: null; addPrincipal?: null; listPrincipals?: null; rotatePrincipalToken?: null; removePrincipal?: null; listAudit?: null; gc?: null }|{ body?: "commitRelease"; missingBlobs?: null; putBlob?: null; commitRelease: otacast.v1.CommitReleaseResponse.$Shape; addDevice?: null; listDevices?: null; listReleases?: null; labelDevice?: null; removeDevice?: null; rotateDeviceToken?: null; startRollout?: null; listRollouts?: null; yankRelease?: null; rolloutAction?: null; getRollout?: null; publishKeyring?: null; addPrincipal?: null; listPrincipals?: null; rotatePrincipalToken?: null; removePrincipal?: null; listAudit?: null; gc?: null }|{ body?: "addDevice"; missingBlobs?: null; putBlob?: null; commitRelease?: null; addDevice: otacast.v1.AddDeviceResponse.$Shape; listDevices?: null; listReleases?: null; labelDevice?: null; removeDevice?: null; rotateDeviceToken?: null; startRollout?: null; listRollouts?: null; yankRelease?: null; rolloutAction?: null; getRollout?: null; publishKeyring?: null; addPrincipal?: null; listPrincipals?: null; rotatePrincipalToken?: null; removePrincipal?: null; listAudit?: null; gc?: null }|{ body?: "listDevices"; missingBlobs?: null; putBlob?: null; commitRelease?: null; addDevice?: null; listDevices: otacast.v1.ListDevicesResponse.$Shape; listReleases?: null; labelDevice?: null; removeDevice?: null; rotateDeviceToken?: null; startRollout?: null; listRollouts?: null; yankRelease?: null; rolloutAction?: null; getRollout?: null; publishKeyring?: null; addPrincipal?: null; listPrincipals?: null; rotatePrincipalToken?: null; removePrincipal?: null; listAudit?: null; gc?: null }|{ body?: "listReleases"; missingBlobs?: null; putBlob?: null; commitRelease?: null; addDevice?: null; listDevices?: null; listReleases: otacast.v1.ListReleasesResponse.$Shape; labelDevice?: null; removeDevice?: null; rotateDeviceToken?: null; startRollout?: null; listRollouts?: null; yankRelease?: null; rolloutAction?: null; getRollout?: null; publishKeyring?: null; addPrincipal?: null; listPrincipals?: null; rotatePrincipalToken?: null; removePrincipal?: null; listAudit?: null; gc?: null }|{ body?: "labelDevice"; missingBlobs?: null; putBlob?: null; commitRelease?: null; addDevice?: null; listDevices?: null; listReleases?: null; labelDevice: otacast.v1.LabelDeviceResponse.$Shape; removeDevice?: null; rotateDeviceToken?: null; startRollout?: null; listRollouts?: null; yankRelease?: null; rolloutAction?: null; getRollout?: null; publishKeyring?: null; addPrincipal?: null; listPrincipals?: null; rotatePrincipalToken?: null; removePrincipal?: null; listAudit?: null; gc?: null }|{ body?: "removeDevice"; missingBlobs?: null; putBlob?: null; commitRelease?: null; addDevice?: null; listDevices?: null; listReleases?: null; labelDevice?: null; removeDevice: otacast.v1.RemoveDeviceResponse.$Shape; rotateDeviceToken?: null; startRollout?: null; listRollouts?: null; yankRelease?: null; rolloutAction?: null; getRollout?: null; publishKeyring?: null; addPrincipal?: null; listPrincipals?: null; rotatePrincipalToken?: null; removePrincipal?: null; listAudit?: null; gc?: null }|{ body?: "rotateDeviceToken"; missingBlobs?: null; putBlob?: null; commitRelease?: null; addDevice?: null; listDevices?: null; listReleases?: null; labelDevice?: null; removeDevice?: null; rotateDeviceToken: otacast.v1.RotateDeviceTokenResponse.$Shape; startRollout?: null; listRollouts?: null; yankRelease?: null; rolloutAction?: null; getRollout?: null; publishKeyring?: null; addPrincipal?: null; listPrincipals?: null; rotatePrincipalToken?: null; removePrincipal?: null; listAudit?: null; gc?: null }|{ body?: "startRollout"; missingBlobs?: null; putBlob?: null; commitRelease?: null; addDevice?: null; listDevices?: null; listReleases?: null; labelDevice?: null; removeDevice?: null; rotateDeviceToken?: null; startRollout: otacast.v1.RolloutStatus.$Shape; listRollouts?: null; yankRelease?: null; rolloutAction?: null; getRollout?: null; publishKeyring?: null; addPrincipal?: null; listPrincipals?: null; rotatePrincipalToken?: null; removePrincipal?: null; listAudit?: null; gc?: null }|{ body?: "listRollouts"; missingBlobs?: null; putBlob?: null; commitRelease?: null; addDevice?: null; listDevices?: null; listReleases?: null; labelDevice?: null; removeDevice?: null; rotateDeviceToken?: null; startRollout?: null; listRollouts: otacast.v1.ListRolloutsResponse.$Shape; yankRelease?: null; rolloutAction?: null; getRollout?: null; publishKeyring?: null; addPrincipal?: null; listPrincipals?: null; rotatePrincipalToken?: null; removePrincipal?: null; listAudit?: null; gc?: null }|{ body?: "yankRelease"; missingBlobs?: null; putBlob?: null; commitRelease?: null; addDevice?: null; listDevices?: null; listReleases?: null; labelDevice?: null; removeDevice?: null; rotateDeviceToken?: null; startRollout?: null; listRollouts?: null; yankRelease: otacast.v1.YankReleaseResponse.$Shape; rolloutAction?: null; getRollout?: null; publishKeyring?: null; addPrincipal?: null; listPrincipals?: null; rotatePrincipalToken?: null; removePrincipal?: null; listAudit?: null; gc?: null }|{ body?: "rolloutAction"; missingBlobs?: null; putBlob?: null; commitRelease?: null; addDevice?: null; listDevices?: null; listReleases?: null; labelDevice?: null; removeDevice?: null; rotateDeviceToken?: null; startRollout?: null; listRollouts?: null; yankRelease?: null; rolloutAction: otacast.v1.RolloutStatus.$Shape; getRollout?: null; publishKeyring?: null; addPrincipal?: null; listPrincipals?: null; rotatePrincipalToken?: null; removePrincipal?: null; listAudit?: null; gc?: null }|{ body?: "getRollout"; missingBlobs?: null; putBlob?: null; commitRelease?: null; addDevice?: null; listDevices?: null; listReleases?: null; labelDevice?: null; removeDevice?: null; rotateDeviceToken?: null; startRollout?: null; listRollouts?: null; yankRelease?: null; rolloutAction?: null; getRollout: otacast.v1.RolloutStatus.$Shape; publishKeyring?: null; addPrincipal?: null; listPrincipals?: null; rotatePrincipalToken?: null; removePrincipal?: null; listAudit?: null; gc?: null }|{ body?: "publishKeyring"; missingBlobs?: null; putBlob?: null; commitRelease?: null; addDevice?: null; listDevices?: null; listReleases?: null; labelDevice?: null; removeDevice?: null; rotateDeviceToken?: null; startRollout?: null; listRollouts?: null; yankRelease?: null; rolloutAction?: null; getRollout?: null; publishKeyring: otacast.v1.PublishKeyringResponse.$Shape; addPrincipal?: null; listPrincipals?: null; rotatePrincipalToken?: null; removePrincipal?: null; listAudit?: null; gc?: null }|{ body?: "addPrincipal"; missingBlobs?: null; putBlob?: null; commitRelease?: null; addDevice?: null; listDevices?: null; listReleases?: null; labelDevice?: null; removeDevice?: null; rotateDeviceToken?: null; startRollout?: null; listRollouts?: null; yankRelease?: null; rolloutAction?: null; getRollout?: null; publishKeyring?: null; addPrincipal: otacast.v1.AddPrincipalResponse.$Shape; listPrincipals?: null; rotatePrincipalToken?: null; removePrincipal?: null; listAudit?: null; gc?: null }|{ body?: "listPrincipals"; missingBlobs?: null; putBlob?: null; commitRelease?: null; addDevice?: null; listDevices?: null; listReleases?: null; labelDevice?: null; removeDevice?: null; rotateDeviceToken?: null; startRollout?: null; listRollouts?: null; yankRelease?: null; rolloutAction?: null; getRollout?: null; publishKeyring?: null; addPrincipal?: null; listPrincipals: otacast.v1.ListPrincipalsResponse.$Shape; rotatePrincipalToken?: null; removePrincipal?: null; listAudit?: null; gc?: null }|{ body?: "rotatePrincipalToken"; missingBlobs?: null; putBlob?: null; commitRelease?: null; addDevice?: null; listDevices?: null; listReleases?: null; labelDevice?: null; removeDevice?: null; rotateDeviceToken?: null; startRollout?: null; listRollouts?: null; yankRelease?: null; rolloutAction?: null; getRollout?: null; publishKeyring?: null; addPrincipal?: null; listPrincipals?: null; rotatePrincipalToken: otacast.v1.RotatePrincipalTokenResponse.$Shape; removePrincipal?: null; listAudit?: null; gc?: null }|{ body?: "removePrincipal"; missingBlobs?: null; putBlob?: null; commitRelease?: null; addDevice?: null; listDevices?: null; listReleases?: null; labelDevice?: null; removeDevice?: null; rotateDeviceToken?: null; startRollout?: null; listRollouts?: null; yankRelease?: null; rolloutAction?: null; getRollout?: null; publishKeyring?: null; addPrincipal?: null; listPrincipals?: null; rotatePrincipalToken?: null; removePrincipal: otacast.v1.RemovePrincipalResponse.$Shape; listAudit?: null; gc?: null }|{ body?: "listAudit"; missingBlobs?: null; putBlob?: null; commitRelease?: null; addDevice?: null; listDevices?: null; listReleases?: null; labelDevice?: null; removeDevice?: null; rotateDeviceToken?: null; startRollout?: null; listRollouts?: null; yankRelease?: null; rolloutAction?: null; getRollout?: null; publishKeyring?: null; addPrincipal?: null; listPrincipals?: null; rotatePrincipalToken?: null; removePrincipal?: null; listAudit: otacast.v1.ListAuditResponse.$Shape; gc?: null }|{ body?: "gc"; missingBlobs?: null; putBlob?: null; commitRelease?: null; addDevice?: null; listDevices?: null; listReleases?: null; labelDevice?: null; removeDevice?: null; rotateDeviceToken?: null; startRollout?: null; listRollouts?: null; yankRelease?: null; rolloutAction?: null; getRollout?: null; publishKeyring?: null; addPrincipal?: null; listPrincipals?: null; rotatePrincipalToken?: null; removePrincipal?: null; listAudit?: null; gc: otacast.v1.GcResponse.$Shape })
             * )} otacast.v1.ApiResponse.$Shape
             */

            /**
             * Constructs a new ApiResponse.
             * @memberof otacast.v1
             * @classdesc Represents an ApiResponse.
             * @constructor
             * @param {otacast.v1.ApiResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ApiResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ApiResponse id.
             * @member {number} id
             * @memberof otacast.v1.ApiResponse
             * @instance
             */
            ApiResponse.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ApiResponse errorCode.
             * @member {string} errorCode
             * @memberof otacast.v1.ApiResponse
             * @instance
             */
            ApiResponse.prototype.errorCode = "";

            /**
             * ApiResponse errorMessage.
             * @member {string} errorMessage
             * @memberof otacast.v1.ApiResponse
             * @instance
             */
            ApiResponse.prototype.errorMessage = "";

            /**
             * ApiResponse missingBlobs.
             * @member {otacast.v1.MissingBlobsResponse.$Properties|null|undefined} missingBlobs
             * @memberof otacast.v1.ApiResponse
             * @instance
             */
            ApiResponse.prototype.missingBlobs = null;

            /**
             * ApiResponse putBlob.
             * @member {otacast.v1.PutBlobResponse.$Properties|null|undefined} putBlob
             * @memberof otacast.v1.ApiResponse
             * @instance
             */
            ApiResponse.prototype.putBlob = null;

            /**
             * ApiResponse commitRelease.
             * @member {otacast.v1.CommitReleaseResponse.$Properties|null|undefined} commitRelease
             * @memberof otacast.v1.ApiResponse
             * @instance
             */
            ApiResponse.prototype.commitRelease = null;

            /**
             * ApiResponse addDevice.
             * @member {otacast.v1.AddDeviceResponse.$Properties|null|undefined} addDevice
             * @memberof otacast.v1.ApiResponse
             * @instance
             */
            ApiResponse.prototype.addDevice = null;

            /**
             * ApiResponse listDevices.
             * @member {otacast.v1.ListDevicesResponse.$Properties|null|undefined} listDevices
             * @memberof otacast.v1.ApiResponse
             * @instance
             */
            ApiResponse.prototype.listDevices = null;

            /**
             * ApiResponse listReleases.
             * @member {otacast.v1.ListReleasesResponse.$Properties|null|undefined} listReleases
             * @memberof otacast.v1.ApiResponse
             * @instance
             */
            ApiResponse.prototype.listReleases = null;

            /**
             * ApiResponse labelDevice.
             * @member {otacast.v1.LabelDeviceResponse.$Properties|null|undefined} labelDevice
             * @memberof otacast.v1.ApiResponse
             * @instance
             */
            ApiResponse.prototype.labelDevice = null;

            /**
             * ApiResponse removeDevice.
             * @member {otacast.v1.RemoveDeviceResponse.$Properties|null|undefined} removeDevice
             * @memberof otacast.v1.ApiResponse
             * @instance
             */
            ApiResponse.prototype.removeDevice = null;

            /**
             * ApiResponse rotateDeviceToken.
             * @member {otacast.v1.RotateDeviceTokenResponse.$Properties|null|undefined} rotateDeviceToken
             * @memberof otacast.v1.ApiResponse
             * @instance
             */
            ApiResponse.prototype.rotateDeviceToken = null;

            /**
             * ApiResponse startRollout.
             * @member {otacast.v1.RolloutStatus.$Properties|null|undefined} startRollout
             * @memberof otacast.v1.ApiResponse
             * @instance
             */
            ApiResponse.prototype.startRollout = null;

            /**
             * ApiResponse listRollouts.
             * @member {otacast.v1.ListRolloutsResponse.$Properties|null|undefined} listRollouts
             * @memberof otacast.v1.ApiResponse
             * @instance
             */
            ApiResponse.prototype.listRollouts = null;

            /**
             * ApiResponse yankRelease.
             * @member {otacast.v1.YankReleaseResponse.$Properties|null|undefined} yankRelease
             * @memberof otacast.v1.ApiResponse
             * @instance
             */
            ApiResponse.prototype.yankRelease = null;

            /**
             * ApiResponse rolloutAction.
             * @member {otacast.v1.RolloutStatus.$Properties|null|undefined} rolloutAction
             * @memberof otacast.v1.ApiResponse
             * @instance
             */
            ApiResponse.prototype.rolloutAction = null;

            /**
             * ApiResponse getRollout.
             * @member {otacast.v1.RolloutStatus.$Properties|null|undefined} getRollout
             * @memberof otacast.v1.ApiResponse
             * @instance
             */
            ApiResponse.prototype.getRollout = null;

            /**
             * ApiResponse publishKeyring.
             * @member {otacast.v1.PublishKeyringResponse.$Properties|null|undefined} publishKeyring
             * @memberof otacast.v1.ApiResponse
             * @instance
             */
            ApiResponse.prototype.publishKeyring = null;

            /**
             * ApiResponse addPrincipal.
             * @member {otacast.v1.AddPrincipalResponse.$Properties|null|undefined} addPrincipal
             * @memberof otacast.v1.ApiResponse
             * @instance
             */
            ApiResponse.prototype.addPrincipal = null;

            /**
             * ApiResponse listPrincipals.
             * @member {otacast.v1.ListPrincipalsResponse.$Properties|null|undefined} listPrincipals
             * @memberof otacast.v1.ApiResponse
             * @instance
             */
            ApiResponse.prototype.listPrincipals = null;

            /**
             * ApiResponse rotatePrincipalToken.
             * @member {otacast.v1.RotatePrincipalTokenResponse.$Properties|null|undefined} rotatePrincipalToken
             * @memberof otacast.v1.ApiResponse
             * @instance
             */
            ApiResponse.prototype.rotatePrincipalToken = null;

            /**
             * ApiResponse removePrincipal.
             * @member {otacast.v1.RemovePrincipalResponse.$Properties|null|undefined} removePrincipal
             * @memberof otacast.v1.ApiResponse
             * @instance
             */
            ApiResponse.prototype.removePrincipal = null;

            /**
             * ApiResponse listAudit.
             * @member {otacast.v1.ListAuditResponse.$Properties|null|undefined} listAudit
             * @memberof otacast.v1.ApiResponse
             * @instance
             */
            ApiResponse.prototype.listAudit = null;

            /**
             * ApiResponse gc.
             * @member {otacast.v1.GcResponse.$Properties|null|undefined} gc
             * @memberof otacast.v1.ApiResponse
             * @instance
             */
            ApiResponse.prototype.gc = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * ApiResponse body.
             * @member {"missingBlobs"|"putBlob"|"commitRelease"|"addDevice"|"listDevices"|"listReleases"|"labelDevice"|"removeDevice"|"rotateDeviceToken"|"startRollout"|"listRollouts"|"yankRelease"|"rolloutAction"|"getRollout"|"publishKeyring"|"addPrincipal"|"listPrincipals"|"rotatePrincipalToken"|"removePrincipal"|"listAudit"|"gc"|undefined} body
             * @memberof otacast.v1.ApiResponse
             * @instance
             */
            $Object.defineProperty(ApiResponse.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["missingBlobs", "putBlob", "commitRelease", "addDevice", "listDevices", "listReleases", "labelDevice", "removeDevice", "rotateDeviceToken", "startRollout", "listRollouts", "yankRelease", "rolloutAction", "getRollout", "publishKeyring", "addPrincipal", "listPrincipals", "rotatePrincipalToken", "removePrincipal", "listAudit", "gc"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new ApiResponse instance using the specified properties.
             * @function create
             * @memberof otacast.v1.ApiResponse
             * @static
             * @param {otacast.v1.ApiResponse.$Properties=} [properties] Properties to set
             * @returns {otacast.v1.ApiResponse} ApiResponse instance
             * @type {{
             *   (properties: otacast.v1.ApiResponse.$Shape): otacast.v1.ApiResponse & otacast.v1.ApiResponse.$Shape;
             *   (properties?: otacast.v1.ApiResponse.$Properties): otacast.v1.ApiResponse;
             * }}
             */
            ApiResponse.create = function(properties) {
                return new ApiResponse(properties);
            };

            /**
             * Encodes the specified ApiResponse message. Does not implicitly {@link otacast.v1.ApiResponse.verify|verify} messages.
             * @function encode
             * @memberof otacast.v1.ApiResponse
             * @static
             * @param {otacast.v1.ApiResponse.$Properties} message ApiResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ApiResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && (typeof message.id === "object" ? message.id.low || message.id.high : message.id !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.id);
                if (message.errorCode != null && $Object.hasOwnProperty.call(message, "errorCode") && message.errorCode !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.errorCode);
                if (message.errorMessage != null && $Object.hasOwnProperty.call(message, "errorMessage") && message.errorMessage !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.errorMessage);
                if (message.missingBlobs != null && $Object.hasOwnProperty.call(message, "missingBlobs"))
                    $root.otacast.v1.MissingBlobsResponse.encode(message.missingBlobs, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.putBlob != null && $Object.hasOwnProperty.call(message, "putBlob"))
                    $root.otacast.v1.PutBlobResponse.encode(message.putBlob, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.commitRelease != null && $Object.hasOwnProperty.call(message, "commitRelease"))
                    $root.otacast.v1.CommitReleaseResponse.encode(message.commitRelease, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.addDevice != null && $Object.hasOwnProperty.call(message, "addDevice"))
                    $root.otacast.v1.AddDeviceResponse.encode(message.addDevice, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.listDevices != null && $Object.hasOwnProperty.call(message, "listDevices"))
                    $root.otacast.v1.ListDevicesResponse.encode(message.listDevices, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.listReleases != null && $Object.hasOwnProperty.call(message, "listReleases"))
                    $root.otacast.v1.ListReleasesResponse.encode(message.listReleases, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.labelDevice != null && $Object.hasOwnProperty.call(message, "labelDevice"))
                    $root.otacast.v1.LabelDeviceResponse.encode(message.labelDevice, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.removeDevice != null && $Object.hasOwnProperty.call(message, "removeDevice"))
                    $root.otacast.v1.RemoveDeviceResponse.encode(message.removeDevice, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.rotateDeviceToken != null && $Object.hasOwnProperty.call(message, "rotateDeviceToken"))
                    $root.otacast.v1.RotateDeviceTokenResponse.encode(message.rotateDeviceToken, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                if (message.startRollout != null && $Object.hasOwnProperty.call(message, "startRollout"))
                    $root.otacast.v1.RolloutStatus.encode(message.startRollout, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                if (message.listRollouts != null && $Object.hasOwnProperty.call(message, "listRollouts"))
                    $root.otacast.v1.ListRolloutsResponse.encode(message.listRollouts, writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
                if (message.yankRelease != null && $Object.hasOwnProperty.call(message, "yankRelease"))
                    $root.otacast.v1.YankReleaseResponse.encode(message.yankRelease, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                if (message.rolloutAction != null && $Object.hasOwnProperty.call(message, "rolloutAction"))
                    $root.otacast.v1.RolloutStatus.encode(message.rolloutAction, writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
                if (message.getRollout != null && $Object.hasOwnProperty.call(message, "getRollout"))
                    $root.otacast.v1.RolloutStatus.encode(message.getRollout, writer.uint32(/* id 17, wireType 2 =*/138).fork(), _depth + 1).ldelim();
                if (message.addPrincipal != null && $Object.hasOwnProperty.call(message, "addPrincipal"))
                    $root.otacast.v1.AddPrincipalResponse.encode(message.addPrincipal, writer.uint32(/* id 20, wireType 2 =*/162).fork(), _depth + 1).ldelim();
                if (message.listPrincipals != null && $Object.hasOwnProperty.call(message, "listPrincipals"))
                    $root.otacast.v1.ListPrincipalsResponse.encode(message.listPrincipals, writer.uint32(/* id 21, wireType 2 =*/170).fork(), _depth + 1).ldelim();
                if (message.rotatePrincipalToken != null && $Object.hasOwnProperty.call(message, "rotatePrincipalToken"))
                    $root.otacast.v1.RotatePrincipalTokenResponse.encode(message.rotatePrincipalToken, writer.uint32(/* id 22, wireType 2 =*/178).fork(), _depth + 1).ldelim();
                if (message.removePrincipal != null && $Object.hasOwnProperty.call(message, "removePrincipal"))
                    $root.otacast.v1.RemovePrincipalResponse.encode(message.removePrincipal, writer.uint32(/* id 23, wireType 2 =*/186).fork(), _depth + 1).ldelim();
                if (message.listAudit != null && $Object.hasOwnProperty.call(message, "listAudit"))
                    $root.otacast.v1.ListAuditResponse.encode(message.listAudit, writer.uint32(/* id 24, wireType 2 =*/194).fork(), _depth + 1).ldelim();
                if (message.publishKeyring != null && $Object.hasOwnProperty.call(message, "publishKeyring"))
                    $root.otacast.v1.PublishKeyringResponse.encode(message.publishKeyring, writer.uint32(/* id 30, wireType 2 =*/242).fork(), _depth + 1).ldelim();
                if (message.gc != null && $Object.hasOwnProperty.call(message, "gc"))
                    $root.otacast.v1.GcResponse.encode(message.gc, writer.uint32(/* id 35, wireType 2 =*/282).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an ApiResponse message from the specified reader or buffer.
             * @function decode
             * @memberof otacast.v1.ApiResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {otacast.v1.ApiResponse & otacast.v1.ApiResponse.$Shape} ApiResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ApiResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.otacast.v1.ApiResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.errorCode = value;
                            else
                                delete message.errorCode;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.errorMessage = value;
                            else
                                delete message.errorMessage;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.missingBlobs = $root.otacast.v1.MissingBlobsResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.missingBlobs);
                            message.body = "missingBlobs";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.putBlob = $root.otacast.v1.PutBlobResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.putBlob);
                            message.body = "putBlob";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.commitRelease = $root.otacast.v1.CommitReleaseResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.commitRelease);
                            message.body = "commitRelease";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.addDevice = $root.otacast.v1.AddDeviceResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.addDevice);
                            message.body = "addDevice";
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.listDevices = $root.otacast.v1.ListDevicesResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.listDevices);
                            message.body = "listDevices";
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.listReleases = $root.otacast.v1.ListReleasesResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.listReleases);
                            message.body = "listReleases";
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.labelDevice = $root.otacast.v1.LabelDeviceResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.labelDevice);
                            message.body = "labelDevice";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.removeDevice = $root.otacast.v1.RemoveDeviceResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.removeDevice);
                            message.body = "removeDevice";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.rotateDeviceToken = $root.otacast.v1.RotateDeviceTokenResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.rotateDeviceToken);
                            message.body = "rotateDeviceToken";
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.startRollout = $root.otacast.v1.RolloutStatus.decode(reader, reader.size(), $undefined, _depth + 1, message.startRollout);
                            message.body = "startRollout";
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            message.listRollouts = $root.otacast.v1.ListRolloutsResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.listRollouts);
                            message.body = "listRollouts";
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.yankRelease = $root.otacast.v1.YankReleaseResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.yankRelease);
                            message.body = "yankRelease";
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            message.rolloutAction = $root.otacast.v1.RolloutStatus.decode(reader, reader.size(), $undefined, _depth + 1, message.rolloutAction);
                            message.body = "rolloutAction";
                            continue;
                        }
                    case 17: {
                            if (wireType !== 2)
                                break;
                            message.getRollout = $root.otacast.v1.RolloutStatus.decode(reader, reader.size(), $undefined, _depth + 1, message.getRollout);
                            message.body = "getRollout";
                            continue;
                        }
                    case 30: {
                            if (wireType !== 2)
                                break;
                            message.publishKeyring = $root.otacast.v1.PublishKeyringResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.publishKeyring);
                            message.body = "publishKeyring";
                            continue;
                        }
                    case 20: {
                            if (wireType !== 2)
                                break;
                            message.addPrincipal = $root.otacast.v1.AddPrincipalResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.addPrincipal);
                            message.body = "addPrincipal";
                            continue;
                        }
                    case 21: {
                            if (wireType !== 2)
                                break;
                            message.listPrincipals = $root.otacast.v1.ListPrincipalsResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.listPrincipals);
                            message.body = "listPrincipals";
                            continue;
                        }
                    case 22: {
                            if (wireType !== 2)
                                break;
                            message.rotatePrincipalToken = $root.otacast.v1.RotatePrincipalTokenResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.rotatePrincipalToken);
                            message.body = "rotatePrincipalToken";
                            continue;
                        }
                    case 23: {
                            if (wireType !== 2)
                                break;
                            message.removePrincipal = $root.otacast.v1.RemovePrincipalResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.removePrincipal);
                            message.body = "removePrincipal";
                            continue;
                        }
                    case 24: {
                            if (wireType !== 2)
                                break;
                            message.listAudit = $root.otacast.v1.ListAuditResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.listAudit);
                            message.body = "listAudit";
                            continue;
                        }
                    case 35: {
                            if (wireType !== 2)
                                break;
                            message.gc = $root.otacast.v1.GcResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.gc);
                            message.body = "gc";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return ApiResponse;
        })();

        v1.MissingBlobsRequest = (function() {

            /**
             * Properties of a MissingBlobsRequest.
             * @typedef {Object} otacast.v1.MissingBlobsRequest.$Properties
             * @property {Array.<Uint8Array>|null} [digests] MissingBlobsRequest digests
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MissingBlobsRequest.
             * @memberof otacast.v1
             * @interface IMissingBlobsRequest
             * @augments otacast.v1.MissingBlobsRequest.$Properties
             * @deprecated Use otacast.v1.MissingBlobsRequest.$Properties instead.
             */

            /**
             * Shape of a MissingBlobsRequest.
             * @typedef {otacast.v1.MissingBlobsRequest.$Properties} otacast.v1.MissingBlobsRequest.$Shape
             */

            /**
             * Constructs a new MissingBlobsRequest.
             * @memberof otacast.v1
             * @classdesc Represents a MissingBlobsRequest.
             * @constructor
             * @param {otacast.v1.MissingBlobsRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MissingBlobsRequest = function (properties) {
                this.digests = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MissingBlobsRequest digests.
             * @member {Array.<Uint8Array>} digests
             * @memberof otacast.v1.MissingBlobsRequest
             * @instance
             */
            MissingBlobsRequest.prototype.digests = $util.emptyArray;

            /**
             * Creates a new MissingBlobsRequest instance using the specified properties.
             * @function create
             * @memberof otacast.v1.MissingBlobsRequest
             * @static
             * @param {otacast.v1.MissingBlobsRequest.$Properties=} [properties] Properties to set
             * @returns {otacast.v1.MissingBlobsRequest} MissingBlobsRequest instance
             * @type {{
             *   (properties: otacast.v1.MissingBlobsRequest.$Shape): otacast.v1.MissingBlobsRequest & otacast.v1.MissingBlobsRequest.$Shape;
             *   (properties?: otacast.v1.MissingBlobsRequest.$Properties): otacast.v1.MissingBlobsRequest;
             * }}
             */
            MissingBlobsRequest.create = function(properties) {
                return new MissingBlobsRequest(properties);
            };

            /**
             * Encodes the specified MissingBlobsRequest message. Does not implicitly {@link otacast.v1.MissingBlobsRequest.verify|verify} messages.
             * @function encode
             * @memberof otacast.v1.MissingBlobsRequest
             * @static
             * @param {otacast.v1.MissingBlobsRequest.$Properties} message MissingBlobsRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MissingBlobsRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.digests != null && message.digests.length)
                    for (let i = 0; i < message.digests.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.digests[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a MissingBlobsRequest message from the specified reader or buffer.
             * @function decode
             * @memberof otacast.v1.MissingBlobsRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {otacast.v1.MissingBlobsRequest & otacast.v1.MissingBlobsRequest.$Shape} MissingBlobsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MissingBlobsRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.otacast.v1.MissingBlobsRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.digests && message.digests.length))
                                message.digests = [];
                            message.digests.push(reader.bytes());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return MissingBlobsRequest;
        })();

        v1.MissingBlobsResponse = (function() {

            /**
             * Properties of a MissingBlobsResponse.
             * @typedef {Object} otacast.v1.MissingBlobsResponse.$Properties
             * @property {Array.<Uint8Array>|null} [missing] MissingBlobsResponse missing
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MissingBlobsResponse.
             * @memberof otacast.v1
             * @interface IMissingBlobsResponse
             * @augments otacast.v1.MissingBlobsResponse.$Properties
             * @deprecated Use otacast.v1.MissingBlobsResponse.$Properties instead.
             */

            /**
             * Shape of a MissingBlobsResponse.
             * @typedef {otacast.v1.MissingBlobsResponse.$Properties} otacast.v1.MissingBlobsResponse.$Shape
             */

            /**
             * Constructs a new MissingBlobsResponse.
             * @memberof otacast.v1
             * @classdesc Represents a MissingBlobsResponse.
             * @constructor
             * @param {otacast.v1.MissingBlobsResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MissingBlobsResponse = function (properties) {
                this.missing = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MissingBlobsResponse missing.
             * @member {Array.<Uint8Array>} missing
             * @memberof otacast.v1.MissingBlobsResponse
             * @instance
             */
            MissingBlobsResponse.prototype.missing = $util.emptyArray;

            /**
             * Creates a new MissingBlobsResponse instance using the specified properties.
             * @function create
             * @memberof otacast.v1.MissingBlobsResponse
             * @static
             * @param {otacast.v1.MissingBlobsResponse.$Properties=} [properties] Properties to set
             * @returns {otacast.v1.MissingBlobsResponse} MissingBlobsResponse instance
             * @type {{
             *   (properties: otacast.v1.MissingBlobsResponse.$Shape): otacast.v1.MissingBlobsResponse & otacast.v1.MissingBlobsResponse.$Shape;
             *   (properties?: otacast.v1.MissingBlobsResponse.$Properties): otacast.v1.MissingBlobsResponse;
             * }}
             */
            MissingBlobsResponse.create = function(properties) {
                return new MissingBlobsResponse(properties);
            };

            /**
             * Encodes the specified MissingBlobsResponse message. Does not implicitly {@link otacast.v1.MissingBlobsResponse.verify|verify} messages.
             * @function encode
             * @memberof otacast.v1.MissingBlobsResponse
             * @static
             * @param {otacast.v1.MissingBlobsResponse.$Properties} message MissingBlobsResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MissingBlobsResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.missing != null && message.missing.length)
                    for (let i = 0; i < message.missing.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.missing[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a MissingBlobsResponse message from the specified reader or buffer.
             * @function decode
             * @memberof otacast.v1.MissingBlobsResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {otacast.v1.MissingBlobsResponse & otacast.v1.MissingBlobsResponse.$Shape} MissingBlobsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MissingBlobsResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.otacast.v1.MissingBlobsResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.missing && message.missing.length))
                                message.missing = [];
                            message.missing.push(reader.bytes());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return MissingBlobsResponse;
        })();

        v1.PutBlobRequest = (function() {

            /**
             * Properties of a PutBlobRequest.
             * @typedef {Object} otacast.v1.PutBlobRequest.$Properties
             * @property {Uint8Array|null} [digest] PutBlobRequest digest
             * @property {number|null} [size] PutBlobRequest size
             * @property {number|null} [offset] PutBlobRequest offset
             * @property {Uint8Array|null} [data] PutBlobRequest data
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PutBlobRequest.
             * @memberof otacast.v1
             * @interface IPutBlobRequest
             * @augments otacast.v1.PutBlobRequest.$Properties
             * @deprecated Use otacast.v1.PutBlobRequest.$Properties instead.
             */

            /**
             * Shape of a PutBlobRequest.
             * @typedef {otacast.v1.PutBlobRequest.$Properties} otacast.v1.PutBlobRequest.$Shape
             */

            /**
             * Constructs a new PutBlobRequest.
             * @memberof otacast.v1
             * @classdesc Represents a PutBlobRequest.
             * @constructor
             * @param {otacast.v1.PutBlobRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PutBlobRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PutBlobRequest digest.
             * @member {Uint8Array} digest
             * @memberof otacast.v1.PutBlobRequest
             * @instance
             */
            PutBlobRequest.prototype.digest = $util.newBuffer([]);

            /**
             * PutBlobRequest size.
             * @member {number} size
             * @memberof otacast.v1.PutBlobRequest
             * @instance
             */
            PutBlobRequest.prototype.size = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * PutBlobRequest offset.
             * @member {number} offset
             * @memberof otacast.v1.PutBlobRequest
             * @instance
             */
            PutBlobRequest.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * PutBlobRequest data.
             * @member {Uint8Array} data
             * @memberof otacast.v1.PutBlobRequest
             * @instance
             */
            PutBlobRequest.prototype.data = $util.newBuffer([]);

            /**
             * Creates a new PutBlobRequest instance using the specified properties.
             * @function create
             * @memberof otacast.v1.PutBlobRequest
             * @static
             * @param {otacast.v1.PutBlobRequest.$Properties=} [properties] Properties to set
             * @returns {otacast.v1.PutBlobRequest} PutBlobRequest instance
             * @type {{
             *   (properties: otacast.v1.PutBlobRequest.$Shape): otacast.v1.PutBlobRequest & otacast.v1.PutBlobRequest.$Shape;
             *   (properties?: otacast.v1.PutBlobRequest.$Properties): otacast.v1.PutBlobRequest;
             * }}
             */
            PutBlobRequest.create = function(properties) {
                return new PutBlobRequest(properties);
            };

            /**
             * Encodes the specified PutBlobRequest message. Does not implicitly {@link otacast.v1.PutBlobRequest.verify|verify} messages.
             * @function encode
             * @memberof otacast.v1.PutBlobRequest
             * @static
             * @param {otacast.v1.PutBlobRequest.$Properties} message PutBlobRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PutBlobRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.digest != null && $Object.hasOwnProperty.call(message, "digest") && message.digest.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.digest);
                if (message.size != null && $Object.hasOwnProperty.call(message, "size") && (typeof message.size === "object" ? message.size.low || message.size.high : message.size !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.size);
                if (message.offset != null && $Object.hasOwnProperty.call(message, "offset") && (typeof message.offset === "object" ? message.offset.low || message.offset.high : message.offset !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.offset);
                if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.data);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PutBlobRequest message from the specified reader or buffer.
             * @function decode
             * @memberof otacast.v1.PutBlobRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {otacast.v1.PutBlobRequest & otacast.v1.PutBlobRequest.$Shape} PutBlobRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PutBlobRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.otacast.v1.PutBlobRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.digest = value;
                            else
                                delete message.digest;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.size = value;
                            else
                                delete message.size;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.offset = value;
                            else
                                delete message.offset;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.data = value;
                            else
                                delete message.data;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return PutBlobRequest;
        })();

        v1.PutBlobResponse = (function() {

            /**
             * Properties of a PutBlobResponse.
             * @typedef {Object} otacast.v1.PutBlobResponse.$Properties
             * @property {boolean|null} [complete] PutBlobResponse complete
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PutBlobResponse.
             * @memberof otacast.v1
             * @interface IPutBlobResponse
             * @augments otacast.v1.PutBlobResponse.$Properties
             * @deprecated Use otacast.v1.PutBlobResponse.$Properties instead.
             */

            /**
             * Shape of a PutBlobResponse.
             * @typedef {otacast.v1.PutBlobResponse.$Properties} otacast.v1.PutBlobResponse.$Shape
             */

            /**
             * Constructs a new PutBlobResponse.
             * @memberof otacast.v1
             * @classdesc Represents a PutBlobResponse.
             * @constructor
             * @param {otacast.v1.PutBlobResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PutBlobResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PutBlobResponse complete.
             * @member {boolean} complete
             * @memberof otacast.v1.PutBlobResponse
             * @instance
             */
            PutBlobResponse.prototype.complete = false;

            /**
             * Creates a new PutBlobResponse instance using the specified properties.
             * @function create
             * @memberof otacast.v1.PutBlobResponse
             * @static
             * @param {otacast.v1.PutBlobResponse.$Properties=} [properties] Properties to set
             * @returns {otacast.v1.PutBlobResponse} PutBlobResponse instance
             * @type {{
             *   (properties: otacast.v1.PutBlobResponse.$Shape): otacast.v1.PutBlobResponse & otacast.v1.PutBlobResponse.$Shape;
             *   (properties?: otacast.v1.PutBlobResponse.$Properties): otacast.v1.PutBlobResponse;
             * }}
             */
            PutBlobResponse.create = function(properties) {
                return new PutBlobResponse(properties);
            };

            /**
             * Encodes the specified PutBlobResponse message. Does not implicitly {@link otacast.v1.PutBlobResponse.verify|verify} messages.
             * @function encode
             * @memberof otacast.v1.PutBlobResponse
             * @static
             * @param {otacast.v1.PutBlobResponse.$Properties} message PutBlobResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PutBlobResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.complete != null && $Object.hasOwnProperty.call(message, "complete") && message.complete !== false)
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.complete);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PutBlobResponse message from the specified reader or buffer.
             * @function decode
             * @memberof otacast.v1.PutBlobResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {otacast.v1.PutBlobResponse & otacast.v1.PutBlobResponse.$Shape} PutBlobResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PutBlobResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.otacast.v1.PutBlobResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.complete = value;
                            else
                                delete message.complete;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return PutBlobResponse;
        })();

        v1.CommitReleaseRequest = (function() {

            /**
             * Properties of a CommitReleaseRequest.
             * @typedef {Object} otacast.v1.CommitReleaseRequest.$Properties
             * @property {Uint8Array|null} [signedManifest] CommitReleaseRequest signedManifest
             * @property {boolean|null} [noAnnounce] CommitReleaseRequest noAnnounce
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CommitReleaseRequest.
             * @memberof otacast.v1
             * @interface ICommitReleaseRequest
             * @augments otacast.v1.CommitReleaseRequest.$Properties
             * @deprecated Use otacast.v1.CommitReleaseRequest.$Properties instead.
             */

            /**
             * Shape of a CommitReleaseRequest.
             * @typedef {otacast.v1.CommitReleaseRequest.$Properties} otacast.v1.CommitReleaseRequest.$Shape
             */

            /**
             * Constructs a new CommitReleaseRequest.
             * @memberof otacast.v1
             * @classdesc Represents a CommitReleaseRequest.
             * @constructor
             * @param {otacast.v1.CommitReleaseRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CommitReleaseRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CommitReleaseRequest signedManifest.
             * @member {Uint8Array} signedManifest
             * @memberof otacast.v1.CommitReleaseRequest
             * @instance
             */
            CommitReleaseRequest.prototype.signedManifest = $util.newBuffer([]);

            /**
             * CommitReleaseRequest noAnnounce.
             * @member {boolean} noAnnounce
             * @memberof otacast.v1.CommitReleaseRequest
             * @instance
             */
            CommitReleaseRequest.prototype.noAnnounce = false;

            /**
             * Creates a new CommitReleaseRequest instance using the specified properties.
             * @function create
             * @memberof otacast.v1.CommitReleaseRequest
             * @static
             * @param {otacast.v1.CommitReleaseRequest.$Properties=} [properties] Properties to set
             * @returns {otacast.v1.CommitReleaseRequest} CommitReleaseRequest instance
             * @type {{
             *   (properties: otacast.v1.CommitReleaseRequest.$Shape): otacast.v1.CommitReleaseRequest & otacast.v1.CommitReleaseRequest.$Shape;
             *   (properties?: otacast.v1.CommitReleaseRequest.$Properties): otacast.v1.CommitReleaseRequest;
             * }}
             */
            CommitReleaseRequest.create = function(properties) {
                return new CommitReleaseRequest(properties);
            };

            /**
             * Encodes the specified CommitReleaseRequest message. Does not implicitly {@link otacast.v1.CommitReleaseRequest.verify|verify} messages.
             * @function encode
             * @memberof otacast.v1.CommitReleaseRequest
             * @static
             * @param {otacast.v1.CommitReleaseRequest.$Properties} message CommitReleaseRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CommitReleaseRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.signedManifest != null && $Object.hasOwnProperty.call(message, "signedManifest") && message.signedManifest.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.signedManifest);
                if (message.noAnnounce != null && $Object.hasOwnProperty.call(message, "noAnnounce") && message.noAnnounce !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.noAnnounce);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CommitReleaseRequest message from the specified reader or buffer.
             * @function decode
             * @memberof otacast.v1.CommitReleaseRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {otacast.v1.CommitReleaseRequest & otacast.v1.CommitReleaseRequest.$Shape} CommitReleaseRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CommitReleaseRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.otacast.v1.CommitReleaseRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signedManifest = value;
                            else
                                delete message.signedManifest;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.noAnnounce = value;
                            else
                                delete message.noAnnounce;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return CommitReleaseRequest;
        })();

        v1.CommitReleaseResponse = (function() {

            /**
             * Properties of a CommitReleaseResponse.
             * @typedef {Object} otacast.v1.CommitReleaseResponse.$Properties
             * @property {string|null} [releaseId] CommitReleaseResponse releaseId
             * @property {boolean|null} [existing] CommitReleaseResponse existing
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CommitReleaseResponse.
             * @memberof otacast.v1
             * @interface ICommitReleaseResponse
             * @augments otacast.v1.CommitReleaseResponse.$Properties
             * @deprecated Use otacast.v1.CommitReleaseResponse.$Properties instead.
             */

            /**
             * Shape of a CommitReleaseResponse.
             * @typedef {otacast.v1.CommitReleaseResponse.$Properties} otacast.v1.CommitReleaseResponse.$Shape
             */

            /**
             * Constructs a new CommitReleaseResponse.
             * @memberof otacast.v1
             * @classdesc Represents a CommitReleaseResponse.
             * @constructor
             * @param {otacast.v1.CommitReleaseResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CommitReleaseResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CommitReleaseResponse releaseId.
             * @member {string} releaseId
             * @memberof otacast.v1.CommitReleaseResponse
             * @instance
             */
            CommitReleaseResponse.prototype.releaseId = "";

            /**
             * CommitReleaseResponse existing.
             * @member {boolean} existing
             * @memberof otacast.v1.CommitReleaseResponse
             * @instance
             */
            CommitReleaseResponse.prototype.existing = false;

            /**
             * Creates a new CommitReleaseResponse instance using the specified properties.
             * @function create
             * @memberof otacast.v1.CommitReleaseResponse
             * @static
             * @param {otacast.v1.CommitReleaseResponse.$Properties=} [properties] Properties to set
             * @returns {otacast.v1.CommitReleaseResponse} CommitReleaseResponse instance
             * @type {{
             *   (properties: otacast.v1.CommitReleaseResponse.$Shape): otacast.v1.CommitReleaseResponse & otacast.v1.CommitReleaseResponse.$Shape;
             *   (properties?: otacast.v1.CommitReleaseResponse.$Properties): otacast.v1.CommitReleaseResponse;
             * }}
             */
            CommitReleaseResponse.create = function(properties) {
                return new CommitReleaseResponse(properties);
            };

            /**
             * Encodes the specified CommitReleaseResponse message. Does not implicitly {@link otacast.v1.CommitReleaseResponse.verify|verify} messages.
             * @function encode
             * @memberof otacast.v1.CommitReleaseResponse
             * @static
             * @param {otacast.v1.CommitReleaseResponse.$Properties} message CommitReleaseResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CommitReleaseResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.releaseId != null && $Object.hasOwnProperty.call(message, "releaseId") && message.releaseId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.releaseId);
                if (message.existing != null && $Object.hasOwnProperty.call(message, "existing") && message.existing !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.existing);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CommitReleaseResponse message from the specified reader or buffer.
             * @function decode
             * @memberof otacast.v1.CommitReleaseResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {otacast.v1.CommitReleaseResponse & otacast.v1.CommitReleaseResponse.$Shape} CommitReleaseResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CommitReleaseResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.otacast.v1.CommitReleaseResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.releaseId = value;
                            else
                                delete message.releaseId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.existing = value;
                            else
                                delete message.existing;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return CommitReleaseResponse;
        })();

        v1.AddDeviceRequest = (function() {

            /**
             * Properties of an AddDeviceRequest.
             * @typedef {Object} otacast.v1.AddDeviceRequest.$Properties
             * @property {string|null} [deviceId] AddDeviceRequest deviceId
             * @property {string|null} [product] AddDeviceRequest product
             * @property {string|null} [channel] AddDeviceRequest channel
             * @property {Object.<string,string>|null} [labels] AddDeviceRequest labels
             * @property {boolean|null} [force] AddDeviceRequest force
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AddDeviceRequest.
             * @memberof otacast.v1
             * @interface IAddDeviceRequest
             * @augments otacast.v1.AddDeviceRequest.$Properties
             * @deprecated Use otacast.v1.AddDeviceRequest.$Properties instead.
             */

            /**
             * Shape of an AddDeviceRequest.
             * @typedef {otacast.v1.AddDeviceRequest.$Properties} otacast.v1.AddDeviceRequest.$Shape
             */

            /**
             * Constructs a new AddDeviceRequest.
             * @memberof otacast.v1
             * @classdesc Represents an AddDeviceRequest.
             * @constructor
             * @param {otacast.v1.AddDeviceRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AddDeviceRequest = function (properties) {
                this.labels = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AddDeviceRequest deviceId.
             * @member {string} deviceId
             * @memberof otacast.v1.AddDeviceRequest
             * @instance
             */
            AddDeviceRequest.prototype.deviceId = "";

            /**
             * AddDeviceRequest product.
             * @member {string} product
             * @memberof otacast.v1.AddDeviceRequest
             * @instance
             */
            AddDeviceRequest.prototype.product = "";

            /**
             * AddDeviceRequest channel.
             * @member {string} channel
             * @memberof otacast.v1.AddDeviceRequest
             * @instance
             */
            AddDeviceRequest.prototype.channel = "";

            /**
             * AddDeviceRequest labels.
             * @member {Object.<string,string>} labels
             * @memberof otacast.v1.AddDeviceRequest
             * @instance
             */
            AddDeviceRequest.prototype.labels = $util.emptyObject;

            /**
             * AddDeviceRequest force.
             * @member {boolean} force
             * @memberof otacast.v1.AddDeviceRequest
             * @instance
             */
            AddDeviceRequest.prototype.force = false;

            /**
             * Creates a new AddDeviceRequest instance using the specified properties.
             * @function create
             * @memberof otacast.v1.AddDeviceRequest
             * @static
             * @param {otacast.v1.AddDeviceRequest.$Properties=} [properties] Properties to set
             * @returns {otacast.v1.AddDeviceRequest} AddDeviceRequest instance
             * @type {{
             *   (properties: otacast.v1.AddDeviceRequest.$Shape): otacast.v1.AddDeviceRequest & otacast.v1.AddDeviceRequest.$Shape;
             *   (properties?: otacast.v1.AddDeviceRequest.$Properties): otacast.v1.AddDeviceRequest;
             * }}
             */
            AddDeviceRequest.create = function(properties) {
                return new AddDeviceRequest(properties);
            };

            /**
             * Encodes the specified AddDeviceRequest message. Does not implicitly {@link otacast.v1.AddDeviceRequest.verify|verify} messages.
             * @function encode
             * @memberof otacast.v1.AddDeviceRequest
             * @static
             * @param {otacast.v1.AddDeviceRequest.$Properties} message AddDeviceRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AddDeviceRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId") && message.deviceId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.deviceId);
                if (message.product != null && $Object.hasOwnProperty.call(message, "product") && message.product !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.product);
                if (message.channel != null && $Object.hasOwnProperty.call(message, "channel") && message.channel !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.channel);
                if (message.labels != null && $Object.hasOwnProperty.call(message, "labels"))
                    for (let keys = $Object.keys(message.labels), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 4, wireType 2 =*/34).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.labels[keys[i]]).ldelim();
                if (message.force != null && $Object.hasOwnProperty.call(message, "force") && message.force !== false)
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.force);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AddDeviceRequest message from the specified reader or buffer.
             * @function decode
             * @memberof otacast.v1.AddDeviceRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {otacast.v1.AddDeviceRequest & otacast.v1.AddDeviceRequest.$Shape} AddDeviceRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AddDeviceRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.otacast.v1.AddDeviceRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.deviceId = value;
                            else
                                delete message.deviceId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.product = value;
                            else
                                delete message.product;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.channel = value;
                            else
                                delete message.channel;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (message.labels === $util.emptyObject)
                                message.labels = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.labels, key);
                            message.labels[key] = value;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.force = value;
                            else
                                delete message.force;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return AddDeviceRequest;
        })();

        v1.AddDeviceResponse = (function() {

            /**
             * Properties of an AddDeviceResponse.
             * @typedef {Object} otacast.v1.AddDeviceResponse.$Properties
             * @property {string|null} [token] AddDeviceResponse token
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AddDeviceResponse.
             * @memberof otacast.v1
             * @interface IAddDeviceResponse
             * @augments otacast.v1.AddDeviceResponse.$Properties
             * @deprecated Use otacast.v1.AddDeviceResponse.$Properties instead.
             */

            /**
             * Shape of an AddDeviceResponse.
             * @typedef {otacast.v1.AddDeviceResponse.$Properties} otacast.v1.AddDeviceResponse.$Shape
             */

            /**
             * Constructs a new AddDeviceResponse.
             * @memberof otacast.v1
             * @classdesc Represents an AddDeviceResponse.
             * @constructor
             * @param {otacast.v1.AddDeviceResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AddDeviceResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AddDeviceResponse token.
             * @member {string} token
             * @memberof otacast.v1.AddDeviceResponse
             * @instance
             */
            AddDeviceResponse.prototype.token = "";

            /**
             * Creates a new AddDeviceResponse instance using the specified properties.
             * @function create
             * @memberof otacast.v1.AddDeviceResponse
             * @static
             * @param {otacast.v1.AddDeviceResponse.$Properties=} [properties] Properties to set
             * @returns {otacast.v1.AddDeviceResponse} AddDeviceResponse instance
             * @type {{
             *   (properties: otacast.v1.AddDeviceResponse.$Shape): otacast.v1.AddDeviceResponse & otacast.v1.AddDeviceResponse.$Shape;
             *   (properties?: otacast.v1.AddDeviceResponse.$Properties): otacast.v1.AddDeviceResponse;
             * }}
             */
            AddDeviceResponse.create = function(properties) {
                return new AddDeviceResponse(properties);
            };

            /**
             * Encodes the specified AddDeviceResponse message. Does not implicitly {@link otacast.v1.AddDeviceResponse.verify|verify} messages.
             * @function encode
             * @memberof otacast.v1.AddDeviceResponse
             * @static
             * @param {otacast.v1.AddDeviceResponse.$Properties} message AddDeviceResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AddDeviceResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.token != null && $Object.hasOwnProperty.call(message, "token") && message.token !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.token);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AddDeviceResponse message from the specified reader or buffer.
             * @function decode
             * @memberof otacast.v1.AddDeviceResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {otacast.v1.AddDeviceResponse & otacast.v1.AddDeviceResponse.$Shape} AddDeviceResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AddDeviceResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.otacast.v1.AddDeviceResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.token = value;
                            else
                                delete message.token;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return AddDeviceResponse;
        })();

        v1.ListDevicesRequest = (function() {

            /**
             * Properties of a ListDevicesRequest.
             * @typedef {Object} otacast.v1.ListDevicesRequest.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ListDevicesRequest.
             * @memberof otacast.v1
             * @interface IListDevicesRequest
             * @augments otacast.v1.ListDevicesRequest.$Properties
             * @deprecated Use otacast.v1.ListDevicesRequest.$Properties instead.
             */

            /**
             * Shape of a ListDevicesRequest.
             * @typedef {otacast.v1.ListDevicesRequest.$Properties} otacast.v1.ListDevicesRequest.$Shape
             */

            /**
             * Constructs a new ListDevicesRequest.
             * @memberof otacast.v1
             * @classdesc Represents a ListDevicesRequest.
             * @constructor
             * @param {otacast.v1.ListDevicesRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ListDevicesRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new ListDevicesRequest instance using the specified properties.
             * @function create
             * @memberof otacast.v1.ListDevicesRequest
             * @static
             * @param {otacast.v1.ListDevicesRequest.$Properties=} [properties] Properties to set
             * @returns {otacast.v1.ListDevicesRequest} ListDevicesRequest instance
             * @type {{
             *   (properties: otacast.v1.ListDevicesRequest.$Shape): otacast.v1.ListDevicesRequest & otacast.v1.ListDevicesRequest.$Shape;
             *   (properties?: otacast.v1.ListDevicesRequest.$Properties): otacast.v1.ListDevicesRequest;
             * }}
             */
            ListDevicesRequest.create = function(properties) {
                return new ListDevicesRequest(properties);
            };

            /**
             * Encodes the specified ListDevicesRequest message. Does not implicitly {@link otacast.v1.ListDevicesRequest.verify|verify} messages.
             * @function encode
             * @memberof otacast.v1.ListDevicesRequest
             * @static
             * @param {otacast.v1.ListDevicesRequest.$Properties} message ListDevicesRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListDevicesRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ListDevicesRequest message from the specified reader or buffer.
             * @function decode
             * @memberof otacast.v1.ListDevicesRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {otacast.v1.ListDevicesRequest & otacast.v1.ListDevicesRequest.$Shape} ListDevicesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListDevicesRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.otacast.v1.ListDevicesRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return ListDevicesRequest;
        })();

        v1.DeviceRecord = (function() {

            /**
             * Properties of a DeviceRecord.
             * @typedef {Object} otacast.v1.DeviceRecord.$Properties
             * @property {string|null} [deviceId] DeviceRecord deviceId
             * @property {string|null} [product] DeviceRecord product
             * @property {string|null} [channel] DeviceRecord channel
             * @property {string|null} [installedVersion] DeviceRecord installedVersion
             * @property {otacast.v1.AgentState|null} [state] DeviceRecord state
             * @property {otacast.v1.Outcome|null} [outcome] DeviceRecord outcome
             * @property {string|null} [lastError] DeviceRecord lastError
             * @property {number|null} [lastSeenMs] DeviceRecord lastSeenMs
             * @property {number|null} [lastSeq] DeviceRecord lastSeq
             * @property {string|null} [targetVersion] DeviceRecord targetVersion
             * @property {Object.<string,string>|null} [components] DeviceRecord components
             * @property {Object.<string,string>|null} [labels] DeviceRecord labels
             * @property {boolean|null} [online] DeviceRecord online
             * @property {number|null} [progressPercent] DeviceRecord progressPercent
             * @property {string|null} [statusMessage] DeviceRecord statusMessage
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DeviceRecord.
             * @memberof otacast.v1
             * @interface IDeviceRecord
             * @augments otacast.v1.DeviceRecord.$Properties
             * @deprecated Use otacast.v1.DeviceRecord.$Properties instead.
             */

            /**
             * Shape of a DeviceRecord.
             * @typedef {otacast.v1.DeviceRecord.$Properties} otacast.v1.DeviceRecord.$Shape
             */

            /**
             * Constructs a new DeviceRecord.
             * @memberof otacast.v1
             * @classdesc Represents a DeviceRecord.
             * @constructor
             * @param {otacast.v1.DeviceRecord.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DeviceRecord = function (properties) {
                this.components = {};
                this.labels = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DeviceRecord deviceId.
             * @member {string} deviceId
             * @memberof otacast.v1.DeviceRecord
             * @instance
             */
            DeviceRecord.prototype.deviceId = "";

            /**
             * DeviceRecord product.
             * @member {string} product
             * @memberof otacast.v1.DeviceRecord
             * @instance
             */
            DeviceRecord.prototype.product = "";

            /**
             * DeviceRecord channel.
             * @member {string} channel
             * @memberof otacast.v1.DeviceRecord
             * @instance
             */
            DeviceRecord.prototype.channel = "";

            /**
             * DeviceRecord installedVersion.
             * @member {string} installedVersion
             * @memberof otacast.v1.DeviceRecord
             * @instance
             */
            DeviceRecord.prototype.installedVersion = "";

            /**
             * DeviceRecord state.
             * @member {otacast.v1.AgentState} state
             * @memberof otacast.v1.DeviceRecord
             * @instance
             */
            DeviceRecord.prototype.state = 0;

            /**
             * DeviceRecord outcome.
             * @member {otacast.v1.Outcome} outcome
             * @memberof otacast.v1.DeviceRecord
             * @instance
             */
            DeviceRecord.prototype.outcome = 0;

            /**
             * DeviceRecord lastError.
             * @member {string} lastError
             * @memberof otacast.v1.DeviceRecord
             * @instance
             */
            DeviceRecord.prototype.lastError = "";

            /**
             * DeviceRecord lastSeenMs.
             * @member {number} lastSeenMs
             * @memberof otacast.v1.DeviceRecord
             * @instance
             */
            DeviceRecord.prototype.lastSeenMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * DeviceRecord lastSeq.
             * @member {number} lastSeq
             * @memberof otacast.v1.DeviceRecord
             * @instance
             */
            DeviceRecord.prototype.lastSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * DeviceRecord targetVersion.
             * @member {string} targetVersion
             * @memberof otacast.v1.DeviceRecord
             * @instance
             */
            DeviceRecord.prototype.targetVersion = "";

            /**
             * DeviceRecord components.
             * @member {Object.<string,string>} components
             * @memberof otacast.v1.DeviceRecord
             * @instance
             */
            DeviceRecord.prototype.components = $util.emptyObject;

            /**
             * DeviceRecord labels.
             * @member {Object.<string,string>} labels
             * @memberof otacast.v1.DeviceRecord
             * @instance
             */
            DeviceRecord.prototype.labels = $util.emptyObject;

            /**
             * DeviceRecord online.
             * @member {boolean} online
             * @memberof otacast.v1.DeviceRecord
             * @instance
             */
            DeviceRecord.prototype.online = false;

            /**
             * DeviceRecord progressPercent.
             * @member {number} progressPercent
             * @memberof otacast.v1.DeviceRecord
             * @instance
             */
            DeviceRecord.prototype.progressPercent = 0;

            /**
             * DeviceRecord statusMessage.
             * @member {string} statusMessage
             * @memberof otacast.v1.DeviceRecord
             * @instance
             */
            DeviceRecord.prototype.statusMessage = "";

            /**
             * Creates a new DeviceRecord instance using the specified properties.
             * @function create
             * @memberof otacast.v1.DeviceRecord
             * @static
             * @param {otacast.v1.DeviceRecord.$Properties=} [properties] Properties to set
             * @returns {otacast.v1.DeviceRecord} DeviceRecord instance
             * @type {{
             *   (properties: otacast.v1.DeviceRecord.$Shape): otacast.v1.DeviceRecord & otacast.v1.DeviceRecord.$Shape;
             *   (properties?: otacast.v1.DeviceRecord.$Properties): otacast.v1.DeviceRecord;
             * }}
             */
            DeviceRecord.create = function(properties) {
                return new DeviceRecord(properties);
            };

            /**
             * Encodes the specified DeviceRecord message. Does not implicitly {@link otacast.v1.DeviceRecord.verify|verify} messages.
             * @function encode
             * @memberof otacast.v1.DeviceRecord
             * @static
             * @param {otacast.v1.DeviceRecord.$Properties} message DeviceRecord message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeviceRecord.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId") && message.deviceId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.deviceId);
                if (message.product != null && $Object.hasOwnProperty.call(message, "product") && message.product !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.product);
                if (message.channel != null && $Object.hasOwnProperty.call(message, "channel") && message.channel !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.channel);
                if (message.installedVersion != null && $Object.hasOwnProperty.call(message, "installedVersion") && message.installedVersion !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.installedVersion);
                if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).int32(message.state);
                if (message.outcome != null && $Object.hasOwnProperty.call(message, "outcome") && message.outcome !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).int32(message.outcome);
                if (message.lastError != null && $Object.hasOwnProperty.call(message, "lastError") && message.lastError !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.lastError);
                if (message.lastSeenMs != null && $Object.hasOwnProperty.call(message, "lastSeenMs") && (typeof message.lastSeenMs === "object" ? message.lastSeenMs.low || message.lastSeenMs.high : message.lastSeenMs !== 0))
                    writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.lastSeenMs);
                if (message.lastSeq != null && $Object.hasOwnProperty.call(message, "lastSeq") && (typeof message.lastSeq === "object" ? message.lastSeq.low || message.lastSeq.high : message.lastSeq !== 0))
                    writer.uint32(/* id 9, wireType 0 =*/72).uint64(message.lastSeq);
                if (message.targetVersion != null && $Object.hasOwnProperty.call(message, "targetVersion") && message.targetVersion !== "")
                    writer.uint32(/* id 10, wireType 2 =*/82).string(message.targetVersion);
                if (message.components != null && $Object.hasOwnProperty.call(message, "components"))
                    for (let keys = $Object.keys(message.components), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 11, wireType 2 =*/90).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.components[keys[i]]).ldelim();
                if (message.labels != null && $Object.hasOwnProperty.call(message, "labels"))
                    for (let keys = $Object.keys(message.labels), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 12, wireType 2 =*/98).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.labels[keys[i]]).ldelim();
                if (message.online != null && $Object.hasOwnProperty.call(message, "online") && message.online !== false)
                    writer.uint32(/* id 13, wireType 0 =*/104).bool(message.online);
                if (message.progressPercent != null && $Object.hasOwnProperty.call(message, "progressPercent") && message.progressPercent !== 0)
                    writer.uint32(/* id 35, wireType 0 =*/280).int32(message.progressPercent);
                if (message.statusMessage != null && $Object.hasOwnProperty.call(message, "statusMessage") && message.statusMessage !== "")
                    writer.uint32(/* id 36, wireType 2 =*/290).string(message.statusMessage);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DeviceRecord message from the specified reader or buffer.
             * @function decode
             * @memberof otacast.v1.DeviceRecord
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {otacast.v1.DeviceRecord & otacast.v1.DeviceRecord.$Shape} DeviceRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeviceRecord.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.otacast.v1.DeviceRecord();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.deviceId = value;
                            else
                                delete message.deviceId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.product = value;
                            else
                                delete message.product;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.channel = value;
                            else
                                delete message.channel;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.installedVersion = value;
                            else
                                delete message.installedVersion;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.state = value;
                            else
                                delete message.state;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.outcome = value;
                            else
                                delete message.outcome;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.lastError = value;
                            else
                                delete message.lastError;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.lastSeenMs = value;
                            else
                                delete message.lastSeenMs;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.lastSeq = value;
                            else
                                delete message.lastSeq;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.targetVersion = value;
                            else
                                delete message.targetVersion;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if (message.components === $util.emptyObject)
                                message.components = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.components, key);
                            message.components[key] = value;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            if (message.labels === $util.emptyObject)
                                message.labels = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.labels, key);
                            message.labels[key] = value;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.online = value;
                            else
                                delete message.online;
                            continue;
                        }
                    case 35: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.progressPercent = value;
                            else
                                delete message.progressPercent;
                            continue;
                        }
                    case 36: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.statusMessage = value;
                            else
                                delete message.statusMessage;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return DeviceRecord;
        })();

        v1.ListDevicesResponse = (function() {

            /**
             * Properties of a ListDevicesResponse.
             * @typedef {Object} otacast.v1.ListDevicesResponse.$Properties
             * @property {Array.<otacast.v1.DeviceRecord.$Properties>|null} [devices] ListDevicesResponse devices
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ListDevicesResponse.
             * @memberof otacast.v1
             * @interface IListDevicesResponse
             * @augments otacast.v1.ListDevicesResponse.$Properties
             * @deprecated Use otacast.v1.ListDevicesResponse.$Properties instead.
             */

            /**
             * Shape of a ListDevicesResponse.
             * @typedef {otacast.v1.ListDevicesResponse.$Properties} otacast.v1.ListDevicesResponse.$Shape
             */

            /**
             * Constructs a new ListDevicesResponse.
             * @memberof otacast.v1
             * @classdesc Represents a ListDevicesResponse.
             * @constructor
             * @param {otacast.v1.ListDevicesResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ListDevicesResponse = function (properties) {
                this.devices = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ListDevicesResponse devices.
             * @member {Array.<otacast.v1.DeviceRecord.$Properties>} devices
             * @memberof otacast.v1.ListDevicesResponse
             * @instance
             */
            ListDevicesResponse.prototype.devices = $util.emptyArray;

            /**
             * Creates a new ListDevicesResponse instance using the specified properties.
             * @function create
             * @memberof otacast.v1.ListDevicesResponse
             * @static
             * @param {otacast.v1.ListDevicesResponse.$Properties=} [properties] Properties to set
             * @returns {otacast.v1.ListDevicesResponse} ListDevicesResponse instance
             * @type {{
             *   (properties: otacast.v1.ListDevicesResponse.$Shape): otacast.v1.ListDevicesResponse & otacast.v1.ListDevicesResponse.$Shape;
             *   (properties?: otacast.v1.ListDevicesResponse.$Properties): otacast.v1.ListDevicesResponse;
             * }}
             */
            ListDevicesResponse.create = function(properties) {
                return new ListDevicesResponse(properties);
            };

            /**
             * Encodes the specified ListDevicesResponse message. Does not implicitly {@link otacast.v1.ListDevicesResponse.verify|verify} messages.
             * @function encode
             * @memberof otacast.v1.ListDevicesResponse
             * @static
             * @param {otacast.v1.ListDevicesResponse.$Properties} message ListDevicesResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListDevicesResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.devices != null && message.devices.length)
                    for (let i = 0; i < message.devices.length; ++i)
                        $root.otacast.v1.DeviceRecord.encode(message.devices[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ListDevicesResponse message from the specified reader or buffer.
             * @function decode
             * @memberof otacast.v1.ListDevicesResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {otacast.v1.ListDevicesResponse & otacast.v1.ListDevicesResponse.$Shape} ListDevicesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListDevicesResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.otacast.v1.ListDevicesResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.devices && message.devices.length))
                                message.devices = [];
                            message.devices.push($root.otacast.v1.DeviceRecord.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return ListDevicesResponse;
        })();

        v1.ListReleasesRequest = (function() {

            /**
             * Properties of a ListReleasesRequest.
             * @typedef {Object} otacast.v1.ListReleasesRequest.$Properties
             * @property {string|null} [product] ListReleasesRequest product
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ListReleasesRequest.
             * @memberof otacast.v1
             * @interface IListReleasesRequest
             * @augments otacast.v1.ListReleasesRequest.$Properties
             * @deprecated Use otacast.v1.ListReleasesRequest.$Properties instead.
             */

            /**
             * Shape of a ListReleasesRequest.
             * @typedef {otacast.v1.ListReleasesRequest.$Properties} otacast.v1.ListReleasesRequest.$Shape
             */

            /**
             * Constructs a new ListReleasesRequest.
             * @memberof otacast.v1
             * @classdesc Represents a ListReleasesRequest.
             * @constructor
             * @param {otacast.v1.ListReleasesRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ListReleasesRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ListReleasesRequest product.
             * @member {string} product
             * @memberof otacast.v1.ListReleasesRequest
             * @instance
             */
            ListReleasesRequest.prototype.product = "";

            /**
             * Creates a new ListReleasesRequest instance using the specified properties.
             * @function create
             * @memberof otacast.v1.ListReleasesRequest
             * @static
             * @param {otacast.v1.ListReleasesRequest.$Properties=} [properties] Properties to set
             * @returns {otacast.v1.ListReleasesRequest} ListReleasesRequest instance
             * @type {{
             *   (properties: otacast.v1.ListReleasesRequest.$Shape): otacast.v1.ListReleasesRequest & otacast.v1.ListReleasesRequest.$Shape;
             *   (properties?: otacast.v1.ListReleasesRequest.$Properties): otacast.v1.ListReleasesRequest;
             * }}
             */
            ListReleasesRequest.create = function(properties) {
                return new ListReleasesRequest(properties);
            };

            /**
             * Encodes the specified ListReleasesRequest message. Does not implicitly {@link otacast.v1.ListReleasesRequest.verify|verify} messages.
             * @function encode
             * @memberof otacast.v1.ListReleasesRequest
             * @static
             * @param {otacast.v1.ListReleasesRequest.$Properties} message ListReleasesRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListReleasesRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.product != null && $Object.hasOwnProperty.call(message, "product") && message.product !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.product);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ListReleasesRequest message from the specified reader or buffer.
             * @function decode
             * @memberof otacast.v1.ListReleasesRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {otacast.v1.ListReleasesRequest & otacast.v1.ListReleasesRequest.$Shape} ListReleasesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListReleasesRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.otacast.v1.ListReleasesRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.product = value;
                            else
                                delete message.product;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return ListReleasesRequest;
        })();

        v1.ReleaseRecord = (function() {

            /**
             * Properties of a ReleaseRecord.
             * @typedef {Object} otacast.v1.ReleaseRecord.$Properties
             * @property {string|null} [releaseId] ReleaseRecord releaseId
             * @property {string|null} [product] ReleaseRecord product
             * @property {string|null} [channel] ReleaseRecord channel
             * @property {string|null} [version] ReleaseRecord version
             * @property {number|null} [createdAtMs] ReleaseRecord createdAtMs
             * @property {number|null} [totalSize] ReleaseRecord totalSize
             * @property {boolean|null} [current] ReleaseRecord current
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ReleaseRecord.
             * @memberof otacast.v1
             * @interface IReleaseRecord
             * @augments otacast.v1.ReleaseRecord.$Properties
             * @deprecated Use otacast.v1.ReleaseRecord.$Properties instead.
             */

            /**
             * Shape of a ReleaseRecord.
             * @typedef {otacast.v1.ReleaseRecord.$Properties} otacast.v1.ReleaseRecord.$Shape
             */

            /**
             * Constructs a new ReleaseRecord.
             * @memberof otacast.v1
             * @classdesc Represents a ReleaseRecord.
             * @constructor
             * @param {otacast.v1.ReleaseRecord.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ReleaseRecord = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ReleaseRecord releaseId.
             * @member {string} releaseId
             * @memberof otacast.v1.ReleaseRecord
             * @instance
             */
            ReleaseRecord.prototype.releaseId = "";

            /**
             * ReleaseRecord product.
             * @member {string} product
             * @memberof otacast.v1.ReleaseRecord
             * @instance
             */
            ReleaseRecord.prototype.product = "";

            /**
             * ReleaseRecord channel.
             * @member {string} channel
             * @memberof otacast.v1.ReleaseRecord
             * @instance
             */
            ReleaseRecord.prototype.channel = "";

            /**
             * ReleaseRecord version.
             * @member {string} version
             * @memberof otacast.v1.ReleaseRecord
             * @instance
             */
            ReleaseRecord.prototype.version = "";

            /**
             * ReleaseRecord createdAtMs.
             * @member {number} createdAtMs
             * @memberof otacast.v1.ReleaseRecord
             * @instance
             */
            ReleaseRecord.prototype.createdAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ReleaseRecord totalSize.
             * @member {number} totalSize
             * @memberof otacast.v1.ReleaseRecord
             * @instance
             */
            ReleaseRecord.prototype.totalSize = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ReleaseRecord current.
             * @member {boolean} current
             * @memberof otacast.v1.ReleaseRecord
             * @instance
             */
            ReleaseRecord.prototype.current = false;

            /**
             * Creates a new ReleaseRecord instance using the specified properties.
             * @function create
             * @memberof otacast.v1.ReleaseRecord
             * @static
             * @param {otacast.v1.ReleaseRecord.$Properties=} [properties] Properties to set
             * @returns {otacast.v1.ReleaseRecord} ReleaseRecord instance
             * @type {{
             *   (properties: otacast.v1.ReleaseRecord.$Shape): otacast.v1.ReleaseRecord & otacast.v1.ReleaseRecord.$Shape;
             *   (properties?: otacast.v1.ReleaseRecord.$Properties): otacast.v1.ReleaseRecord;
             * }}
             */
            ReleaseRecord.create = function(properties) {
                return new ReleaseRecord(properties);
            };

            /**
             * Encodes the specified ReleaseRecord message. Does not implicitly {@link otacast.v1.ReleaseRecord.verify|verify} messages.
             * @function encode
             * @memberof otacast.v1.ReleaseRecord
             * @static
             * @param {otacast.v1.ReleaseRecord.$Properties} message ReleaseRecord message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReleaseRecord.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.releaseId != null && $Object.hasOwnProperty.call(message, "releaseId") && message.releaseId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.releaseId);
                if (message.product != null && $Object.hasOwnProperty.call(message, "product") && message.product !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.product);
                if (message.channel != null && $Object.hasOwnProperty.call(message, "channel") && message.channel !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.channel);
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.version);
                if (message.createdAtMs != null && $Object.hasOwnProperty.call(message, "createdAtMs") && (typeof message.createdAtMs === "object" ? message.createdAtMs.low || message.createdAtMs.high : message.createdAtMs !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.createdAtMs);
                if (message.totalSize != null && $Object.hasOwnProperty.call(message, "totalSize") && (typeof message.totalSize === "object" ? message.totalSize.low || message.totalSize.high : message.totalSize !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.totalSize);
                if (message.current != null && $Object.hasOwnProperty.call(message, "current") && message.current !== false)
                    writer.uint32(/* id 7, wireType 0 =*/56).bool(message.current);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ReleaseRecord message from the specified reader or buffer.
             * @function decode
             * @memberof otacast.v1.ReleaseRecord
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {otacast.v1.ReleaseRecord & otacast.v1.ReleaseRecord.$Shape} ReleaseRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReleaseRecord.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.otacast.v1.ReleaseRecord();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.releaseId = value;
                            else
                                delete message.releaseId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.product = value;
                            else
                                delete message.product;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.channel = value;
                            else
                                delete message.channel;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.createdAtMs = value;
                            else
                                delete message.createdAtMs;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.totalSize = value;
                            else
                                delete message.totalSize;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.current = value;
                            else
                                delete message.current;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return ReleaseRecord;
        })();

        v1.ListReleasesResponse = (function() {

            /**
             * Properties of a ListReleasesResponse.
             * @typedef {Object} otacast.v1.ListReleasesResponse.$Properties
             * @property {Array.<otacast.v1.ReleaseRecord.$Properties>|null} [releases] ListReleasesResponse releases
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ListReleasesResponse.
             * @memberof otacast.v1
             * @interface IListReleasesResponse
             * @augments otacast.v1.ListReleasesResponse.$Properties
             * @deprecated Use otacast.v1.ListReleasesResponse.$Properties instead.
             */

            /**
             * Shape of a ListReleasesResponse.
             * @typedef {otacast.v1.ListReleasesResponse.$Properties} otacast.v1.ListReleasesResponse.$Shape
             */

            /**
             * Constructs a new ListReleasesResponse.
             * @memberof otacast.v1
             * @classdesc Represents a ListReleasesResponse.
             * @constructor
             * @param {otacast.v1.ListReleasesResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ListReleasesResponse = function (properties) {
                this.releases = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ListReleasesResponse releases.
             * @member {Array.<otacast.v1.ReleaseRecord.$Properties>} releases
             * @memberof otacast.v1.ListReleasesResponse
             * @instance
             */
            ListReleasesResponse.prototype.releases = $util.emptyArray;

            /**
             * Creates a new ListReleasesResponse instance using the specified properties.
             * @function create
             * @memberof otacast.v1.ListReleasesResponse
             * @static
             * @param {otacast.v1.ListReleasesResponse.$Properties=} [properties] Properties to set
             * @returns {otacast.v1.ListReleasesResponse} ListReleasesResponse instance
             * @type {{
             *   (properties: otacast.v1.ListReleasesResponse.$Shape): otacast.v1.ListReleasesResponse & otacast.v1.ListReleasesResponse.$Shape;
             *   (properties?: otacast.v1.ListReleasesResponse.$Properties): otacast.v1.ListReleasesResponse;
             * }}
             */
            ListReleasesResponse.create = function(properties) {
                return new ListReleasesResponse(properties);
            };

            /**
             * Encodes the specified ListReleasesResponse message. Does not implicitly {@link otacast.v1.ListReleasesResponse.verify|verify} messages.
             * @function encode
             * @memberof otacast.v1.ListReleasesResponse
             * @static
             * @param {otacast.v1.ListReleasesResponse.$Properties} message ListReleasesResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListReleasesResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.releases != null && message.releases.length)
                    for (let i = 0; i < message.releases.length; ++i)
                        $root.otacast.v1.ReleaseRecord.encode(message.releases[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ListReleasesResponse message from the specified reader or buffer.
             * @function decode
             * @memberof otacast.v1.ListReleasesResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {otacast.v1.ListReleasesResponse & otacast.v1.ListReleasesResponse.$Shape} ListReleasesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListReleasesResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.otacast.v1.ListReleasesResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.releases && message.releases.length))
                                message.releases = [];
                            message.releases.push($root.otacast.v1.ReleaseRecord.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return ListReleasesResponse;
        })();

        v1.LabelDeviceRequest = (function() {

            /**
             * Properties of a LabelDeviceRequest.
             * @typedef {Object} otacast.v1.LabelDeviceRequest.$Properties
             * @property {string|null} [deviceId] LabelDeviceRequest deviceId
             * @property {Object.<string,string>|null} [labels] LabelDeviceRequest labels
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LabelDeviceRequest.
             * @memberof otacast.v1
             * @interface ILabelDeviceRequest
             * @augments otacast.v1.LabelDeviceRequest.$Properties
             * @deprecated Use otacast.v1.LabelDeviceRequest.$Properties instead.
             */

            /**
             * Shape of a LabelDeviceRequest.
             * @typedef {otacast.v1.LabelDeviceRequest.$Properties} otacast.v1.LabelDeviceRequest.$Shape
             */

            /**
             * Constructs a new LabelDeviceRequest.
             * @memberof otacast.v1
             * @classdesc Represents a LabelDeviceRequest.
             * @constructor
             * @param {otacast.v1.LabelDeviceRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LabelDeviceRequest = function (properties) {
                this.labels = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * LabelDeviceRequest deviceId.
             * @member {string} deviceId
             * @memberof otacast.v1.LabelDeviceRequest
             * @instance
             */
            LabelDeviceRequest.prototype.deviceId = "";

            /**
             * LabelDeviceRequest labels.
             * @member {Object.<string,string>} labels
             * @memberof otacast.v1.LabelDeviceRequest
             * @instance
             */
            LabelDeviceRequest.prototype.labels = $util.emptyObject;

            /**
             * Creates a new LabelDeviceRequest instance using the specified properties.
             * @function create
             * @memberof otacast.v1.LabelDeviceRequest
             * @static
             * @param {otacast.v1.LabelDeviceRequest.$Properties=} [properties] Properties to set
             * @returns {otacast.v1.LabelDeviceRequest} LabelDeviceRequest instance
             * @type {{
             *   (properties: otacast.v1.LabelDeviceRequest.$Shape): otacast.v1.LabelDeviceRequest & otacast.v1.LabelDeviceRequest.$Shape;
             *   (properties?: otacast.v1.LabelDeviceRequest.$Properties): otacast.v1.LabelDeviceRequest;
             * }}
             */
            LabelDeviceRequest.create = function(properties) {
                return new LabelDeviceRequest(properties);
            };

            /**
             * Encodes the specified LabelDeviceRequest message. Does not implicitly {@link otacast.v1.LabelDeviceRequest.verify|verify} messages.
             * @function encode
             * @memberof otacast.v1.LabelDeviceRequest
             * @static
             * @param {otacast.v1.LabelDeviceRequest.$Properties} message LabelDeviceRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LabelDeviceRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId") && message.deviceId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.deviceId);
                if (message.labels != null && $Object.hasOwnProperty.call(message, "labels"))
                    for (let keys = $Object.keys(message.labels), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.labels[keys[i]]).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a LabelDeviceRequest message from the specified reader or buffer.
             * @function decode
             * @memberof otacast.v1.LabelDeviceRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {otacast.v1.LabelDeviceRequest & otacast.v1.LabelDeviceRequest.$Shape} LabelDeviceRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LabelDeviceRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.otacast.v1.LabelDeviceRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.deviceId = value;
                            else
                                delete message.deviceId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (message.labels === $util.emptyObject)
                                message.labels = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.labels, key);
                            message.labels[key] = value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return LabelDeviceRequest;
        })();

        v1.LabelDeviceResponse = (function() {

            /**
             * Properties of a LabelDeviceResponse.
             * @typedef {Object} otacast.v1.LabelDeviceResponse.$Properties
             * @property {Object.<string,string>|null} [labels] LabelDeviceResponse labels
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LabelDeviceResponse.
             * @memberof otacast.v1
             * @interface ILabelDeviceResponse
             * @augments otacast.v1.LabelDeviceResponse.$Properties
             * @deprecated Use otacast.v1.LabelDeviceResponse.$Properties instead.
             */

            /**
             * Shape of a LabelDeviceResponse.
             * @typedef {otacast.v1.LabelDeviceResponse.$Properties} otacast.v1.LabelDeviceResponse.$Shape
             */

            /**
             * Constructs a new LabelDeviceResponse.
             * @memberof otacast.v1
             * @classdesc Represents a LabelDeviceResponse.
             * @constructor
             * @param {otacast.v1.LabelDeviceResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LabelDeviceResponse = function (properties) {
                this.labels = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * LabelDeviceResponse labels.
             * @member {Object.<string,string>} labels
             * @memberof otacast.v1.LabelDeviceResponse
             * @instance
             */
            LabelDeviceResponse.prototype.labels = $util.emptyObject;

            /**
             * Creates a new LabelDeviceResponse instance using the specified properties.
             * @function create
             * @memberof otacast.v1.LabelDeviceResponse
             * @static
             * @param {otacast.v1.LabelDeviceResponse.$Properties=} [properties] Properties to set
             * @returns {otacast.v1.LabelDeviceResponse} LabelDeviceResponse instance
             * @type {{
             *   (properties: otacast.v1.LabelDeviceResponse.$Shape): otacast.v1.LabelDeviceResponse & otacast.v1.LabelDeviceResponse.$Shape;
             *   (properties?: otacast.v1.LabelDeviceResponse.$Properties): otacast.v1.LabelDeviceResponse;
             * }}
             */
            LabelDeviceResponse.create = function(properties) {
                return new LabelDeviceResponse(properties);
            };

            /**
             * Encodes the specified LabelDeviceResponse message. Does not implicitly {@link otacast.v1.LabelDeviceResponse.verify|verify} messages.
             * @function encode
             * @memberof otacast.v1.LabelDeviceResponse
             * @static
             * @param {otacast.v1.LabelDeviceResponse.$Properties} message LabelDeviceResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LabelDeviceResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.labels != null && $Object.hasOwnProperty.call(message, "labels"))
                    for (let keys = $Object.keys(message.labels), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.labels[keys[i]]).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a LabelDeviceResponse message from the specified reader or buffer.
             * @function decode
             * @memberof otacast.v1.LabelDeviceResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {otacast.v1.LabelDeviceResponse & otacast.v1.LabelDeviceResponse.$Shape} LabelDeviceResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LabelDeviceResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.otacast.v1.LabelDeviceResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (message.labels === $util.emptyObject)
                                message.labels = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.labels, key);
                            message.labels[key] = value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return LabelDeviceResponse;
        })();

        v1.RemoveDeviceRequest = (function() {

            /**
             * Properties of a RemoveDeviceRequest.
             * @typedef {Object} otacast.v1.RemoveDeviceRequest.$Properties
             * @property {string|null} [deviceId] RemoveDeviceRequest deviceId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RemoveDeviceRequest.
             * @memberof otacast.v1
             * @interface IRemoveDeviceRequest
             * @augments otacast.v1.RemoveDeviceRequest.$Properties
             * @deprecated Use otacast.v1.RemoveDeviceRequest.$Properties instead.
             */

            /**
             * Shape of a RemoveDeviceRequest.
             * @typedef {otacast.v1.RemoveDeviceRequest.$Properties} otacast.v1.RemoveDeviceRequest.$Shape
             */

            /**
             * Constructs a new RemoveDeviceRequest.
             * @memberof otacast.v1
             * @classdesc Represents a RemoveDeviceRequest.
             * @constructor
             * @param {otacast.v1.RemoveDeviceRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RemoveDeviceRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RemoveDeviceRequest deviceId.
             * @member {string} deviceId
             * @memberof otacast.v1.RemoveDeviceRequest
             * @instance
             */
            RemoveDeviceRequest.prototype.deviceId = "";

            /**
             * Creates a new RemoveDeviceRequest instance using the specified properties.
             * @function create
             * @memberof otacast.v1.RemoveDeviceRequest
             * @static
             * @param {otacast.v1.RemoveDeviceRequest.$Properties=} [properties] Properties to set
             * @returns {otacast.v1.RemoveDeviceRequest} RemoveDeviceRequest instance
             * @type {{
             *   (properties: otacast.v1.RemoveDeviceRequest.$Shape): otacast.v1.RemoveDeviceRequest & otacast.v1.RemoveDeviceRequest.$Shape;
             *   (properties?: otacast.v1.RemoveDeviceRequest.$Properties): otacast.v1.RemoveDeviceRequest;
             * }}
             */
            RemoveDeviceRequest.create = function(properties) {
                return new RemoveDeviceRequest(properties);
            };

            /**
             * Encodes the specified RemoveDeviceRequest message. Does not implicitly {@link otacast.v1.RemoveDeviceRequest.verify|verify} messages.
             * @function encode
             * @memberof otacast.v1.RemoveDeviceRequest
             * @static
             * @param {otacast.v1.RemoveDeviceRequest.$Properties} message RemoveDeviceRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RemoveDeviceRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId") && message.deviceId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.deviceId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RemoveDeviceRequest message from the specified reader or buffer.
             * @function decode
             * @memberof otacast.v1.RemoveDeviceRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {otacast.v1.RemoveDeviceRequest & otacast.v1.RemoveDeviceRequest.$Shape} RemoveDeviceRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RemoveDeviceRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.otacast.v1.RemoveDeviceRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.deviceId = value;
                            else
                                delete message.deviceId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return RemoveDeviceRequest;
        })();

        v1.RemoveDeviceResponse = (function() {

            /**
             * Properties of a RemoveDeviceResponse.
             * @typedef {Object} otacast.v1.RemoveDeviceResponse.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RemoveDeviceResponse.
             * @memberof otacast.v1
             * @interface IRemoveDeviceResponse
             * @augments otacast.v1.RemoveDeviceResponse.$Properties
             * @deprecated Use otacast.v1.RemoveDeviceResponse.$Properties instead.
             */

            /**
             * Shape of a RemoveDeviceResponse.
             * @typedef {otacast.v1.RemoveDeviceResponse.$Properties} otacast.v1.RemoveDeviceResponse.$Shape
             */

            /**
             * Constructs a new RemoveDeviceResponse.
             * @memberof otacast.v1
             * @classdesc Represents a RemoveDeviceResponse.
             * @constructor
             * @param {otacast.v1.RemoveDeviceResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RemoveDeviceResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new RemoveDeviceResponse instance using the specified properties.
             * @function create
             * @memberof otacast.v1.RemoveDeviceResponse
             * @static
             * @param {otacast.v1.RemoveDeviceResponse.$Properties=} [properties] Properties to set
             * @returns {otacast.v1.RemoveDeviceResponse} RemoveDeviceResponse instance
             * @type {{
             *   (properties: otacast.v1.RemoveDeviceResponse.$Shape): otacast.v1.RemoveDeviceResponse & otacast.v1.RemoveDeviceResponse.$Shape;
             *   (properties?: otacast.v1.RemoveDeviceResponse.$Properties): otacast.v1.RemoveDeviceResponse;
             * }}
             */
            RemoveDeviceResponse.create = function(properties) {
                return new RemoveDeviceResponse(properties);
            };

            /**
             * Encodes the specified RemoveDeviceResponse message. Does not implicitly {@link otacast.v1.RemoveDeviceResponse.verify|verify} messages.
             * @function encode
             * @memberof otacast.v1.RemoveDeviceResponse
             * @static
             * @param {otacast.v1.RemoveDeviceResponse.$Properties} message RemoveDeviceResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RemoveDeviceResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RemoveDeviceResponse message from the specified reader or buffer.
             * @function decode
             * @memberof otacast.v1.RemoveDeviceResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {otacast.v1.RemoveDeviceResponse & otacast.v1.RemoveDeviceResponse.$Shape} RemoveDeviceResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RemoveDeviceResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.otacast.v1.RemoveDeviceResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return RemoveDeviceResponse;
        })();

        v1.RotateDeviceTokenRequest = (function() {

            /**
             * Properties of a RotateDeviceTokenRequest.
             * @typedef {Object} otacast.v1.RotateDeviceTokenRequest.$Properties
             * @property {string|null} [deviceId] RotateDeviceTokenRequest deviceId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RotateDeviceTokenRequest.
             * @memberof otacast.v1
             * @interface IRotateDeviceTokenRequest
             * @augments otacast.v1.RotateDeviceTokenRequest.$Properties
             * @deprecated Use otacast.v1.RotateDeviceTokenRequest.$Properties instead.
             */

            /**
             * Shape of a RotateDeviceTokenRequest.
             * @typedef {otacast.v1.RotateDeviceTokenRequest.$Properties} otacast.v1.RotateDeviceTokenRequest.$Shape
             */

            /**
             * Constructs a new RotateDeviceTokenRequest.
             * @memberof otacast.v1
             * @classdesc Represents a RotateDeviceTokenRequest.
             * @constructor
             * @param {otacast.v1.RotateDeviceTokenRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RotateDeviceTokenRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RotateDeviceTokenRequest deviceId.
             * @member {string} deviceId
             * @memberof otacast.v1.RotateDeviceTokenRequest
             * @instance
             */
            RotateDeviceTokenRequest.prototype.deviceId = "";

            /**
             * Creates a new RotateDeviceTokenRequest instance using the specified properties.
             * @function create
             * @memberof otacast.v1.RotateDeviceTokenRequest
             * @static
             * @param {otacast.v1.RotateDeviceTokenRequest.$Properties=} [properties] Properties to set
             * @returns {otacast.v1.RotateDeviceTokenRequest} RotateDeviceTokenRequest instance
             * @type {{
             *   (properties: otacast.v1.RotateDeviceTokenRequest.$Shape): otacast.v1.RotateDeviceTokenRequest & otacast.v1.RotateDeviceTokenRequest.$Shape;
             *   (properties?: otacast.v1.RotateDeviceTokenRequest.$Properties): otacast.v1.RotateDeviceTokenRequest;
             * }}
             */
            RotateDeviceTokenRequest.create = function(properties) {
                return new RotateDeviceTokenRequest(properties);
            };

            /**
             * Encodes the specified RotateDeviceTokenRequest message. Does not implicitly {@link otacast.v1.RotateDeviceTokenRequest.verify|verify} messages.
             * @function encode
             * @memberof otacast.v1.RotateDeviceTokenRequest
             * @static
             * @param {otacast.v1.RotateDeviceTokenRequest.$Properties} message RotateDeviceTokenRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RotateDeviceTokenRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId") && message.deviceId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.deviceId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RotateDeviceTokenRequest message from the specified reader or buffer.
             * @function decode
             * @memberof otacast.v1.RotateDeviceTokenRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {otacast.v1.RotateDeviceTokenRequest & otacast.v1.RotateDeviceTokenRequest.$Shape} RotateDeviceTokenRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RotateDeviceTokenRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.otacast.v1.RotateDeviceTokenRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.deviceId = value;
                            else
                                delete message.deviceId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return RotateDeviceTokenRequest;
        })();

        v1.RotateDeviceTokenResponse = (function() {

            /**
             * Properties of a RotateDeviceTokenResponse.
             * @typedef {Object} otacast.v1.RotateDeviceTokenResponse.$Properties
             * @property {string|null} [token] RotateDeviceTokenResponse token
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RotateDeviceTokenResponse.
             * @memberof otacast.v1
             * @interface IRotateDeviceTokenResponse
             * @augments otacast.v1.RotateDeviceTokenResponse.$Properties
             * @deprecated Use otacast.v1.RotateDeviceTokenResponse.$Properties instead.
             */

            /**
             * Shape of a RotateDeviceTokenResponse.
             * @typedef {otacast.v1.RotateDeviceTokenResponse.$Properties} otacast.v1.RotateDeviceTokenResponse.$Shape
             */

            /**
             * Constructs a new RotateDeviceTokenResponse.
             * @memberof otacast.v1
             * @classdesc Represents a RotateDeviceTokenResponse.
             * @constructor
             * @param {otacast.v1.RotateDeviceTokenResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RotateDeviceTokenResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RotateDeviceTokenResponse token.
             * @member {string} token
             * @memberof otacast.v1.RotateDeviceTokenResponse
             * @instance
             */
            RotateDeviceTokenResponse.prototype.token = "";

            /**
             * Creates a new RotateDeviceTokenResponse instance using the specified properties.
             * @function create
             * @memberof otacast.v1.RotateDeviceTokenResponse
             * @static
             * @param {otacast.v1.RotateDeviceTokenResponse.$Properties=} [properties] Properties to set
             * @returns {otacast.v1.RotateDeviceTokenResponse} RotateDeviceTokenResponse instance
             * @type {{
             *   (properties: otacast.v1.RotateDeviceTokenResponse.$Shape): otacast.v1.RotateDeviceTokenResponse & otacast.v1.RotateDeviceTokenResponse.$Shape;
             *   (properties?: otacast.v1.RotateDeviceTokenResponse.$Properties): otacast.v1.RotateDeviceTokenResponse;
             * }}
             */
            RotateDeviceTokenResponse.create = function(properties) {
                return new RotateDeviceTokenResponse(properties);
            };

            /**
             * Encodes the specified RotateDeviceTokenResponse message. Does not implicitly {@link otacast.v1.RotateDeviceTokenResponse.verify|verify} messages.
             * @function encode
             * @memberof otacast.v1.RotateDeviceTokenResponse
             * @static
             * @param {otacast.v1.RotateDeviceTokenResponse.$Properties} message RotateDeviceTokenResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RotateDeviceTokenResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.token != null && $Object.hasOwnProperty.call(message, "token") && message.token !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.token);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RotateDeviceTokenResponse message from the specified reader or buffer.
             * @function decode
             * @memberof otacast.v1.RotateDeviceTokenResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {otacast.v1.RotateDeviceTokenResponse & otacast.v1.RotateDeviceTokenResponse.$Shape} RotateDeviceTokenResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RotateDeviceTokenResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.otacast.v1.RotateDeviceTokenResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.token = value;
                            else
                                delete message.token;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return RotateDeviceTokenResponse;
        })();

        v1.StartRolloutRequest = (function() {

            /**
             * Properties of a StartRolloutRequest.
             * @typedef {Object} otacast.v1.StartRolloutRequest.$Properties
             * @property {string|null} [product] StartRolloutRequest product
             * @property {string|null} [channel] StartRolloutRequest channel
             * @property {string|null} [version] StartRolloutRequest version
             * @property {Object.<string,string>|null} [select] StartRolloutRequest select
             * @property {Array.<number>|null} [waves] StartRolloutRequest waves
             * @property {number|null} [maxFailureRate] StartRolloutRequest maxFailureRate
             * @property {number|null} [minSample] StartRolloutRequest minSample
             * @property {number|null} [waveWaitMs] StartRolloutRequest waveWaitMs
             * @property {number|null} [confirmAfterMs] StartRolloutRequest confirmAfterMs
             * @property {number|null} [deviceTimeoutMs] StartRolloutRequest deviceTimeoutMs
             * @property {number|null} [maxConcurrent] StartRolloutRequest maxConcurrent
             * @property {boolean|null} [supersede] StartRolloutRequest supersede
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StartRolloutRequest.
             * @memberof otacast.v1
             * @interface IStartRolloutRequest
             * @augments otacast.v1.StartRolloutRequest.$Properties
             * @deprecated Use otacast.v1.StartRolloutRequest.$Properties instead.
             */

            /**
             * Shape of a StartRolloutRequest.
             * @typedef {otacast.v1.StartRolloutRequest.$Properties} otacast.v1.StartRolloutRequest.$Shape
             */

            /**
             * Constructs a new StartRolloutRequest.
             * @memberof otacast.v1
             * @classdesc Represents a StartRolloutRequest.
             * @constructor
             * @param {otacast.v1.StartRolloutRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const StartRolloutRequest = function (properties) {
                this.select = {};
                this.waves = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * StartRolloutRequest product.
             * @member {string} product
             * @memberof otacast.v1.StartRolloutRequest
             * @instance
             */
            StartRolloutRequest.prototype.product = "";

            /**
             * StartRolloutRequest channel.
             * @member {string} channel
             * @memberof otacast.v1.StartRolloutRequest
             * @instance
             */
            StartRolloutRequest.prototype.channel = "";

            /**
             * StartRolloutRequest version.
             * @member {string} version
             * @memberof otacast.v1.StartRolloutRequest
             * @instance
             */
            StartRolloutRequest.prototype.version = "";

            /**
             * StartRolloutRequest select.
             * @member {Object.<string,string>} select
             * @memberof otacast.v1.StartRolloutRequest
             * @instance
             */
            StartRolloutRequest.prototype.select = $util.emptyObject;

            /**
             * StartRolloutRequest waves.
             * @member {Array.<number>} waves
             * @memberof otacast.v1.StartRolloutRequest
             * @instance
             */
            StartRolloutRequest.prototype.waves = $util.emptyArray;

            /**
             * StartRolloutRequest maxFailureRate.
             * @member {number} maxFailureRate
             * @memberof otacast.v1.StartRolloutRequest
             * @instance
             */
            StartRolloutRequest.prototype.maxFailureRate = 0;

            /**
             * StartRolloutRequest minSample.
             * @member {number} minSample
             * @memberof otacast.v1.StartRolloutRequest
             * @instance
             */
            StartRolloutRequest.prototype.minSample = 0;

            /**
             * StartRolloutRequest waveWaitMs.
             * @member {number} waveWaitMs
             * @memberof otacast.v1.StartRolloutRequest
             * @instance
             */
            StartRolloutRequest.prototype.waveWaitMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * StartRolloutRequest confirmAfterMs.
             * @member {number} confirmAfterMs
             * @memberof otacast.v1.StartRolloutRequest
             * @instance
             */
            StartRolloutRequest.prototype.confirmAfterMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * StartRolloutRequest deviceTimeoutMs.
             * @member {number} deviceTimeoutMs
             * @memberof otacast.v1.StartRolloutRequest
             * @instance
             */
            StartRolloutRequest.prototype.deviceTimeoutMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * StartRolloutRequest maxConcurrent.
             * @member {number} maxConcurrent
             * @memberof otacast.v1.StartRolloutRequest
             * @instance
             */
            StartRolloutRequest.prototype.maxConcurrent = 0;

            /**
             * StartRolloutRequest supersede.
             * @member {boolean} supersede
             * @memberof otacast.v1.StartRolloutRequest
             * @instance
             */
            StartRolloutRequest.prototype.supersede = false;

            /**
             * Creates a new StartRolloutRequest instance using the specified properties.
             * @function create
             * @memberof otacast.v1.StartRolloutRequest
             * @static
             * @param {otacast.v1.StartRolloutRequest.$Properties=} [properties] Properties to set
             * @returns {otacast.v1.StartRolloutRequest} StartRolloutRequest instance
             * @type {{
             *   (properties: otacast.v1.StartRolloutRequest.$Shape): otacast.v1.StartRolloutRequest & otacast.v1.StartRolloutRequest.$Shape;
             *   (properties?: otacast.v1.StartRolloutRequest.$Properties): otacast.v1.StartRolloutRequest;
             * }}
             */
            StartRolloutRequest.create = function(properties) {
                return new StartRolloutRequest(properties);
            };

            /**
             * Encodes the specified StartRolloutRequest message. Does not implicitly {@link otacast.v1.StartRolloutRequest.verify|verify} messages.
             * @function encode
             * @memberof otacast.v1.StartRolloutRequest
             * @static
             * @param {otacast.v1.StartRolloutRequest.$Properties} message StartRolloutRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StartRolloutRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.product != null && $Object.hasOwnProperty.call(message, "product") && message.product !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.product);
                if (message.channel != null && $Object.hasOwnProperty.call(message, "channel") && message.channel !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.channel);
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.version);
                if (message.select != null && $Object.hasOwnProperty.call(message, "select"))
                    for (let keys = $Object.keys(message.select), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 4, wireType 2 =*/34).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.select[keys[i]]).ldelim();
                if (message.waves != null && message.waves.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).uint32s(message.waves);
                if (message.maxFailureRate != null && $Object.hasOwnProperty.call(message, "maxFailureRate") && !$Object.is(message.maxFailureRate, 0))
                    writer.uint32(/* id 6, wireType 1 =*/49).double(message.maxFailureRate);
                if (message.minSample != null && $Object.hasOwnProperty.call(message, "minSample") && message.minSample !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.minSample);
                if (message.waveWaitMs != null && $Object.hasOwnProperty.call(message, "waveWaitMs") && (typeof message.waveWaitMs === "object" ? message.waveWaitMs.low || message.waveWaitMs.high : message.waveWaitMs !== 0))
                    writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.waveWaitMs);
                if (message.confirmAfterMs != null && $Object.hasOwnProperty.call(message, "confirmAfterMs") && (typeof message.confirmAfterMs === "object" ? message.confirmAfterMs.low || message.confirmAfterMs.high : message.confirmAfterMs !== 0))
                    writer.uint32(/* id 9, wireType 0 =*/72).uint64(message.confirmAfterMs);
                if (message.deviceTimeoutMs != null && $Object.hasOwnProperty.call(message, "deviceTimeoutMs") && (typeof message.deviceTimeoutMs === "object" ? message.deviceTimeoutMs.low || message.deviceTimeoutMs.high : message.deviceTimeoutMs !== 0))
                    writer.uint32(/* id 10, wireType 0 =*/80).uint64(message.deviceTimeoutMs);
                if (message.maxConcurrent != null && $Object.hasOwnProperty.call(message, "maxConcurrent") && message.maxConcurrent !== 0)
                    writer.uint32(/* id 11, wireType 0 =*/88).uint32(message.maxConcurrent);
                if (message.supersede != null && $Object.hasOwnProperty.call(message, "supersede") && message.supersede !== false)
                    writer.uint32(/* id 12, wireType 0 =*/96).bool(message.supersede);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a StartRolloutRequest message from the specified reader or buffer.
             * @function decode
             * @memberof otacast.v1.StartRolloutRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {otacast.v1.StartRolloutRequest & otacast.v1.StartRolloutRequest.$Shape} StartRolloutRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StartRolloutRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.otacast.v1.StartRolloutRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.product = value;
                            else
                                delete message.product;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.channel = value;
                            else
                                delete message.channel;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (message.select === $util.emptyObject)
                                message.select = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.select, key);
                            message.select[key] = value;
                            continue;
                        }
                    case 5: {
                            if (wireType === 2) {
                                if (!(message.waves && message.waves.length))
                                    message.waves = [];
                                reader.uint32s(message.waves);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.waves && message.waves.length))
                                message.waves = [];
                            message.waves.push(reader.uint32());
                            continue;
                        }
                    case 6: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.maxFailureRate = value;
                            else
                                delete message.maxFailureRate;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.minSample = value;
                            else
                                delete message.minSample;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.waveWaitMs = value;
                            else
                                delete message.waveWaitMs;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.confirmAfterMs = value;
                            else
                                delete message.confirmAfterMs;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.deviceTimeoutMs = value;
                            else
                                delete message.deviceTimeoutMs;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.maxConcurrent = value;
                            else
                                delete message.maxConcurrent;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.supersede = value;
                            else
                                delete message.supersede;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return StartRolloutRequest;
        })();

        /**
         * RolloutAction enum.
         * @name otacast.v1.RolloutAction
         * @enum {number}
         * @property {number} ROLLOUT_ACTION_UNSPECIFIED=0 ROLLOUT_ACTION_UNSPECIFIED value
         * @property {number} ROLLOUT_ACTION_PAUSE=1 ROLLOUT_ACTION_PAUSE value
         * @property {number} ROLLOUT_ACTION_RESUME=2 ROLLOUT_ACTION_RESUME value
         * @property {number} ROLLOUT_ACTION_ABORT=3 ROLLOUT_ACTION_ABORT value
         */
        v1.RolloutAction = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "ROLLOUT_ACTION_UNSPECIFIED"] = 0;
            values[valuesById[1] = "ROLLOUT_ACTION_PAUSE"] = 1;
            values[valuesById[2] = "ROLLOUT_ACTION_RESUME"] = 2;
            values[valuesById[3] = "ROLLOUT_ACTION_ABORT"] = 3;
            return values;
        })();

        v1.RolloutActionRequest = (function() {

            /**
             * Properties of a RolloutActionRequest.
             * @typedef {Object} otacast.v1.RolloutActionRequest.$Properties
             * @property {string|null} [rolloutId] RolloutActionRequest rolloutId
             * @property {otacast.v1.RolloutAction|null} [action] RolloutActionRequest action
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RolloutActionRequest.
             * @memberof otacast.v1
             * @interface IRolloutActionRequest
             * @augments otacast.v1.RolloutActionRequest.$Properties
             * @deprecated Use otacast.v1.RolloutActionRequest.$Properties instead.
             */

            /**
             * Shape of a RolloutActionRequest.
             * @typedef {otacast.v1.RolloutActionRequest.$Properties} otacast.v1.RolloutActionRequest.$Shape
             */

            /**
             * Constructs a new RolloutActionRequest.
             * @memberof otacast.v1
             * @classdesc Represents a RolloutActionRequest.
             * @constructor
             * @param {otacast.v1.RolloutActionRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RolloutActionRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RolloutActionRequest rolloutId.
             * @member {string} rolloutId
             * @memberof otacast.v1.RolloutActionRequest
             * @instance
             */
            RolloutActionRequest.prototype.rolloutId = "";

            /**
             * RolloutActionRequest action.
             * @member {otacast.v1.RolloutAction} action
             * @memberof otacast.v1.RolloutActionRequest
             * @instance
             */
            RolloutActionRequest.prototype.action = 0;

            /**
             * Creates a new RolloutActionRequest instance using the specified properties.
             * @function create
             * @memberof otacast.v1.RolloutActionRequest
             * @static
             * @param {otacast.v1.RolloutActionRequest.$Properties=} [properties] Properties to set
             * @returns {otacast.v1.RolloutActionRequest} RolloutActionRequest instance
             * @type {{
             *   (properties: otacast.v1.RolloutActionRequest.$Shape): otacast.v1.RolloutActionRequest & otacast.v1.RolloutActionRequest.$Shape;
             *   (properties?: otacast.v1.RolloutActionRequest.$Properties): otacast.v1.RolloutActionRequest;
             * }}
             */
            RolloutActionRequest.create = function(properties) {
                return new RolloutActionRequest(properties);
            };

            /**
             * Encodes the specified RolloutActionRequest message. Does not implicitly {@link otacast.v1.RolloutActionRequest.verify|verify} messages.
             * @function encode
             * @memberof otacast.v1.RolloutActionRequest
             * @static
             * @param {otacast.v1.RolloutActionRequest.$Properties} message RolloutActionRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RolloutActionRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.rolloutId != null && $Object.hasOwnProperty.call(message, "rolloutId") && message.rolloutId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.rolloutId);
                if (message.action != null && $Object.hasOwnProperty.call(message, "action") && message.action !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.action);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RolloutActionRequest message from the specified reader or buffer.
             * @function decode
             * @memberof otacast.v1.RolloutActionRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {otacast.v1.RolloutActionRequest & otacast.v1.RolloutActionRequest.$Shape} RolloutActionRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RolloutActionRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.otacast.v1.RolloutActionRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.rolloutId = value;
                            else
                                delete message.rolloutId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.action = value;
                            else
                                delete message.action;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return RolloutActionRequest;
        })();

        v1.GetRolloutRequest = (function() {

            /**
             * Properties of a GetRolloutRequest.
             * @typedef {Object} otacast.v1.GetRolloutRequest.$Properties
             * @property {string|null} [rolloutId] GetRolloutRequest rolloutId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GetRolloutRequest.
             * @memberof otacast.v1
             * @interface IGetRolloutRequest
             * @augments otacast.v1.GetRolloutRequest.$Properties
             * @deprecated Use otacast.v1.GetRolloutRequest.$Properties instead.
             */

            /**
             * Shape of a GetRolloutRequest.
             * @typedef {otacast.v1.GetRolloutRequest.$Properties} otacast.v1.GetRolloutRequest.$Shape
             */

            /**
             * Constructs a new GetRolloutRequest.
             * @memberof otacast.v1
             * @classdesc Represents a GetRolloutRequest.
             * @constructor
             * @param {otacast.v1.GetRolloutRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const GetRolloutRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * GetRolloutRequest rolloutId.
             * @member {string} rolloutId
             * @memberof otacast.v1.GetRolloutRequest
             * @instance
             */
            GetRolloutRequest.prototype.rolloutId = "";

            /**
             * Creates a new GetRolloutRequest instance using the specified properties.
             * @function create
             * @memberof otacast.v1.GetRolloutRequest
             * @static
             * @param {otacast.v1.GetRolloutRequest.$Properties=} [properties] Properties to set
             * @returns {otacast.v1.GetRolloutRequest} GetRolloutRequest instance
             * @type {{
             *   (properties: otacast.v1.GetRolloutRequest.$Shape): otacast.v1.GetRolloutRequest & otacast.v1.GetRolloutRequest.$Shape;
             *   (properties?: otacast.v1.GetRolloutRequest.$Properties): otacast.v1.GetRolloutRequest;
             * }}
             */
            GetRolloutRequest.create = function(properties) {
                return new GetRolloutRequest(properties);
            };

            /**
             * Encodes the specified GetRolloutRequest message. Does not implicitly {@link otacast.v1.GetRolloutRequest.verify|verify} messages.
             * @function encode
             * @memberof otacast.v1.GetRolloutRequest
             * @static
             * @param {otacast.v1.GetRolloutRequest.$Properties} message GetRolloutRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetRolloutRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.rolloutId != null && $Object.hasOwnProperty.call(message, "rolloutId") && message.rolloutId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.rolloutId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a GetRolloutRequest message from the specified reader or buffer.
             * @function decode
             * @memberof otacast.v1.GetRolloutRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {otacast.v1.GetRolloutRequest & otacast.v1.GetRolloutRequest.$Shape} GetRolloutRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetRolloutRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.otacast.v1.GetRolloutRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.rolloutId = value;
                            else
                                delete message.rolloutId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return GetRolloutRequest;
        })();

        v1.ListRolloutsRequest = (function() {

            /**
             * Properties of a ListRolloutsRequest.
             * @typedef {Object} otacast.v1.ListRolloutsRequest.$Properties
             * @property {string|null} [product] ListRolloutsRequest product
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ListRolloutsRequest.
             * @memberof otacast.v1
             * @interface IListRolloutsRequest
             * @augments otacast.v1.ListRolloutsRequest.$Properties
             * @deprecated Use otacast.v1.ListRolloutsRequest.$Properties instead.
             */

            /**
             * Shape of a ListRolloutsRequest.
             * @typedef {otacast.v1.ListRolloutsRequest.$Properties} otacast.v1.ListRolloutsRequest.$Shape
             */

            /**
             * Constructs a new ListRolloutsRequest.
             * @memberof otacast.v1
             * @classdesc Represents a ListRolloutsRequest.
             * @constructor
             * @param {otacast.v1.ListRolloutsRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ListRolloutsRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ListRolloutsRequest product.
             * @member {string} product
             * @memberof otacast.v1.ListRolloutsRequest
             * @instance
             */
            ListRolloutsRequest.prototype.product = "";

            /**
             * Creates a new ListRolloutsRequest instance using the specified properties.
             * @function create
             * @memberof otacast.v1.ListRolloutsRequest
             * @static
             * @param {otacast.v1.ListRolloutsRequest.$Properties=} [properties] Properties to set
             * @returns {otacast.v1.ListRolloutsRequest} ListRolloutsRequest instance
             * @type {{
             *   (properties: otacast.v1.ListRolloutsRequest.$Shape): otacast.v1.ListRolloutsRequest & otacast.v1.ListRolloutsRequest.$Shape;
             *   (properties?: otacast.v1.ListRolloutsRequest.$Properties): otacast.v1.ListRolloutsRequest;
             * }}
             */
            ListRolloutsRequest.create = function(properties) {
                return new ListRolloutsRequest(properties);
            };

            /**
             * Encodes the specified ListRolloutsRequest message. Does not implicitly {@link otacast.v1.ListRolloutsRequest.verify|verify} messages.
             * @function encode
             * @memberof otacast.v1.ListRolloutsRequest
             * @static
             * @param {otacast.v1.ListRolloutsRequest.$Properties} message ListRolloutsRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListRolloutsRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.product != null && $Object.hasOwnProperty.call(message, "product") && message.product !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.product);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ListRolloutsRequest message from the specified reader or buffer.
             * @function decode
             * @memberof otacast.v1.ListRolloutsRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {otacast.v1.ListRolloutsRequest & otacast.v1.ListRolloutsRequest.$Shape} ListRolloutsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListRolloutsRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.otacast.v1.ListRolloutsRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.product = value;
                            else
                                delete message.product;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return ListRolloutsRequest;
        })();

        v1.RolloutWave = (function() {

            /**
             * Properties of a RolloutWave.
             * @typedef {Object} otacast.v1.RolloutWave.$Properties
             * @property {number|null} [percent] RolloutWave percent
             * @property {number|null} [devices] RolloutWave devices
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RolloutWave.
             * @memberof otacast.v1
             * @interface IRolloutWave
             * @augments otacast.v1.RolloutWave.$Properties
             * @deprecated Use otacast.v1.RolloutWave.$Properties instead.
             */

            /**
             * Shape of a RolloutWave.
             * @typedef {otacast.v1.RolloutWave.$Properties} otacast.v1.RolloutWave.$Shape
             */

            /**
             * Constructs a new RolloutWave.
             * @memberof otacast.v1
             * @classdesc Represents a RolloutWave.
             * @constructor
             * @param {otacast.v1.RolloutWave.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RolloutWave = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RolloutWave percent.
             * @member {number} percent
             * @memberof otacast.v1.RolloutWave
             * @instance
             */
            RolloutWave.prototype.percent = 0;

            /**
             * RolloutWave devices.
             * @member {number} devices
             * @memberof otacast.v1.RolloutWave
             * @instance
             */
            RolloutWave.prototype.devices = 0;

            /**
             * Creates a new RolloutWave instance using the specified properties.
             * @function create
             * @memberof otacast.v1.RolloutWave
             * @static
             * @param {otacast.v1.RolloutWave.$Properties=} [properties] Properties to set
             * @returns {otacast.v1.RolloutWave} RolloutWave instance
             * @type {{
             *   (properties: otacast.v1.RolloutWave.$Shape): otacast.v1.RolloutWave & otacast.v1.RolloutWave.$Shape;
             *   (properties?: otacast.v1.RolloutWave.$Properties): otacast.v1.RolloutWave;
             * }}
             */
            RolloutWave.create = function(properties) {
                return new RolloutWave(properties);
            };

            /**
             * Encodes the specified RolloutWave message. Does not implicitly {@link otacast.v1.RolloutWave.verify|verify} messages.
             * @function encode
             * @memberof otacast.v1.RolloutWave
             * @static
             * @param {otacast.v1.RolloutWave.$Properties} message RolloutWave message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RolloutWave.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.percent != null && $Object.hasOwnProperty.call(message, "percent") && message.percent !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.percent);
                if (message.devices != null && $Object.hasOwnProperty.call(message, "devices") && message.devices !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.devices);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RolloutWave message from the specified reader or buffer.
             * @function decode
             * @memberof otacast.v1.RolloutWave
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {otacast.v1.RolloutWave & otacast.v1.RolloutWave.$Shape} RolloutWave
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RolloutWave.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.otacast.v1.RolloutWave();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.percent = value;
                            else
                                delete message.percent;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.devices = value;
                            else
                                delete message.devices;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return RolloutWave;
        })();

        v1.RolloutCounts = (function() {

            /**
             * Properties of a RolloutCounts.
             * @typedef {Object} otacast.v1.RolloutCounts.$Properties
             * @property {number|null} [targeted] RolloutCounts targeted
             * @property {number|null} [succeeded] RolloutCounts succeeded
             * @property {number|null} [failed] RolloutCounts failed
             * @property {number|null} [inProgress] RolloutCounts inProgress
             * @property {number|null} [pending] RolloutCounts pending
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RolloutCounts.
             * @memberof otacast.v1
             * @interface IRolloutCounts
             * @augments otacast.v1.RolloutCounts.$Properties
             * @deprecated Use otacast.v1.RolloutCounts.$Properties instead.
             */

            /**
             * Shape of a RolloutCounts.
             * @typedef {otacast.v1.RolloutCounts.$Properties} otacast.v1.RolloutCounts.$Shape
             */

            /**
             * Constructs a new RolloutCounts.
             * @memberof otacast.v1
             * @classdesc Represents a RolloutCounts.
             * @constructor
             * @param {otacast.v1.RolloutCounts.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RolloutCounts = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RolloutCounts targeted.
             * @member {number} targeted
             * @memberof otacast.v1.RolloutCounts
             * @instance
             */
            RolloutCounts.prototype.targeted = 0;

            /**
             * RolloutCounts succeeded.
             * @member {number} succeeded
             * @memberof otacast.v1.RolloutCounts
             * @instance
             */
            RolloutCounts.prototype.succeeded = 0;

            /**
             * RolloutCounts failed.
             * @member {number} failed
             * @memberof otacast.v1.RolloutCounts
             * @instance
             */
            RolloutCounts.prototype.failed = 0;

            /**
             * RolloutCounts inProgress.
             * @member {number} inProgress
             * @memberof otacast.v1.RolloutCounts
             * @instance
             */
            RolloutCounts.prototype.inProgress = 0;

            /**
             * RolloutCounts pending.
             * @member {number} pending
             * @memberof otacast.v1.RolloutCounts
             * @instance
             */
            RolloutCounts.prototype.pending = 0;

            /**
             * Creates a new RolloutCounts instance using the specified properties.
             * @function create
             * @memberof otacast.v1.RolloutCounts
             * @static
             * @param {otacast.v1.RolloutCounts.$Properties=} [properties] Properties to set
             * @returns {otacast.v1.RolloutCounts} RolloutCounts instance
             * @type {{
             *   (properties: otacast.v1.RolloutCounts.$Shape): otacast.v1.RolloutCounts & otacast.v1.RolloutCounts.$Shape;
             *   (properties?: otacast.v1.RolloutCounts.$Properties): otacast.v1.RolloutCounts;
             * }}
             */
            RolloutCounts.create = function(properties) {
                return new RolloutCounts(properties);
            };

            /**
             * Encodes the specified RolloutCounts message. Does not implicitly {@link otacast.v1.RolloutCounts.verify|verify} messages.
             * @function encode
             * @memberof otacast.v1.RolloutCounts
             * @static
             * @param {otacast.v1.RolloutCounts.$Properties} message RolloutCounts message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RolloutCounts.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.targeted != null && $Object.hasOwnProperty.call(message, "targeted") && message.targeted !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.targeted);
                if (message.succeeded != null && $Object.hasOwnProperty.call(message, "succeeded") && message.succeeded !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.succeeded);
                if (message.failed != null && $Object.hasOwnProperty.call(message, "failed") && message.failed !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.failed);
                if (message.inProgress != null && $Object.hasOwnProperty.call(message, "inProgress") && message.inProgress !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.inProgress);
                if (message.pending != null && $Object.hasOwnProperty.call(message, "pending") && message.pending !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.pending);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RolloutCounts message from the specified reader or buffer.
             * @function decode
             * @memberof otacast.v1.RolloutCounts
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {otacast.v1.RolloutCounts & otacast.v1.RolloutCounts.$Shape} RolloutCounts
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RolloutCounts.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.otacast.v1.RolloutCounts();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.targeted = value;
                            else
                                delete message.targeted;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.succeeded = value;
                            else
                                delete message.succeeded;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.failed = value;
                            else
                                delete message.failed;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.inProgress = value;
                            else
                                delete message.inProgress;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.pending = value;
                            else
                                delete message.pending;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return RolloutCounts;
        })();

        v1.RolloutEvent = (function() {

            /**
             * Properties of a RolloutEvent.
             * @typedef {Object} otacast.v1.RolloutEvent.$Properties
             * @property {number|null} [atMs] RolloutEvent atMs
             * @property {string|null} [kind] RolloutEvent kind
             * @property {string|null} [deviceId] RolloutEvent deviceId
             * @property {string|null} [detail] RolloutEvent detail
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RolloutEvent.
             * @memberof otacast.v1
             * @interface IRolloutEvent
             * @augments otacast.v1.RolloutEvent.$Properties
             * @deprecated Use otacast.v1.RolloutEvent.$Properties instead.
             */

            /**
             * Shape of a RolloutEvent.
             * @typedef {otacast.v1.RolloutEvent.$Properties} otacast.v1.RolloutEvent.$Shape
             */

            /**
             * Constructs a new RolloutEvent.
             * @memberof otacast.v1
             * @classdesc Represents a RolloutEvent.
             * @constructor
             * @param {otacast.v1.RolloutEvent.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RolloutEvent = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RolloutEvent atMs.
             * @member {number} atMs
             * @memberof otacast.v1.RolloutEvent
             * @instance
             */
            RolloutEvent.prototype.atMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * RolloutEvent kind.
             * @member {string} kind
             * @memberof otacast.v1.RolloutEvent
             * @instance
             */
            RolloutEvent.prototype.kind = "";

            /**
             * RolloutEvent deviceId.
             * @member {string} deviceId
             * @memberof otacast.v1.RolloutEvent
             * @instance
             */
            RolloutEvent.prototype.deviceId = "";

            /**
             * RolloutEvent detail.
             * @member {string} detail
             * @memberof otacast.v1.RolloutEvent
             * @instance
             */
            RolloutEvent.prototype.detail = "";

            /**
             * Creates a new RolloutEvent instance using the specified properties.
             * @function create
             * @memberof otacast.v1.RolloutEvent
             * @static
             * @param {otacast.v1.RolloutEvent.$Properties=} [properties] Properties to set
             * @returns {otacast.v1.RolloutEvent} RolloutEvent instance
             * @type {{
             *   (properties: otacast.v1.RolloutEvent.$Shape): otacast.v1.RolloutEvent & otacast.v1.RolloutEvent.$Shape;
             *   (properties?: otacast.v1.RolloutEvent.$Properties): otacast.v1.RolloutEvent;
             * }}
             */
            RolloutEvent.create = function(properties) {
                return new RolloutEvent(properties);
            };

            /**
             * Encodes the specified RolloutEvent message. Does not implicitly {@link otacast.v1.RolloutEvent.verify|verify} messages.
             * @function encode
             * @memberof otacast.v1.RolloutEvent
             * @static
             * @param {otacast.v1.RolloutEvent.$Properties} message RolloutEvent message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RolloutEvent.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs") && (typeof message.atMs === "object" ? message.atMs.low || message.atMs.high : message.atMs !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.atMs);
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.kind);
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId") && message.deviceId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.deviceId);
                if (message.detail != null && $Object.hasOwnProperty.call(message, "detail") && message.detail !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.detail);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RolloutEvent message from the specified reader or buffer.
             * @function decode
             * @memberof otacast.v1.RolloutEvent
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {otacast.v1.RolloutEvent & otacast.v1.RolloutEvent.$Shape} RolloutEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RolloutEvent.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.otacast.v1.RolloutEvent();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.atMs = value;
                            else
                                delete message.atMs;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.deviceId = value;
                            else
                                delete message.deviceId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.detail = value;
                            else
                                delete message.detail;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return RolloutEvent;
        })();

        v1.RolloutTargetRecord = (function() {

            /**
             * Properties of a RolloutTargetRecord.
             * @typedef {Object} otacast.v1.RolloutTargetRecord.$Properties
             * @property {string|null} [deviceId] RolloutTargetRecord deviceId
             * @property {number|null} [wave] RolloutTargetRecord wave
             * @property {string|null} [phase] RolloutTargetRecord phase
             * @property {string|null} [reason] RolloutTargetRecord reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RolloutTargetRecord.
             * @memberof otacast.v1
             * @interface IRolloutTargetRecord
             * @augments otacast.v1.RolloutTargetRecord.$Properties
             * @deprecated Use otacast.v1.RolloutTargetRecord.$Properties instead.
             */

            /**
             * Shape of a RolloutTargetRecord.
             * @typedef {otacast.v1.RolloutTargetRecord.$Properties} otacast.v1.RolloutTargetRecord.$Shape
             */

            /**
             * Constructs a new RolloutTargetRecord.
             * @memberof otacast.v1
             * @classdesc Represents a RolloutTargetRecord.
             * @constructor
             * @param {otacast.v1.RolloutTargetRecord.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RolloutTargetRecord = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RolloutTargetRecord deviceId.
             * @member {string} deviceId
             * @memberof otacast.v1.RolloutTargetRecord
             * @instance
             */
            RolloutTargetRecord.prototype.deviceId = "";

            /**
             * RolloutTargetRecord wave.
             * @member {number} wave
             * @memberof otacast.v1.RolloutTargetRecord
             * @instance
             */
            RolloutTargetRecord.prototype.wave = 0;

            /**
             * RolloutTargetRecord phase.
             * @member {string} phase
             * @memberof otacast.v1.RolloutTargetRecord
             * @instance
             */
            RolloutTargetRecord.prototype.phase = "";

            /**
             * RolloutTargetRecord reason.
             * @member {string} reason
             * @memberof otacast.v1.RolloutTargetRecord
             * @instance
             */
            RolloutTargetRecord.prototype.reason = "";

            /**
             * Creates a new RolloutTargetRecord instance using the specified properties.
             * @function create
             * @memberof otacast.v1.RolloutTargetRecord
             * @static
             * @param {otacast.v1.RolloutTargetRecord.$Properties=} [properties] Properties to set
             * @returns {otacast.v1.RolloutTargetRecord} RolloutTargetRecord instance
             * @type {{
             *   (properties: otacast.v1.RolloutTargetRecord.$Shape): otacast.v1.RolloutTargetRecord & otacast.v1.RolloutTargetRecord.$Shape;
             *   (properties?: otacast.v1.RolloutTargetRecord.$Properties): otacast.v1.RolloutTargetRecord;
             * }}
             */
            RolloutTargetRecord.create = function(properties) {
                return new RolloutTargetRecord(properties);
            };

            /**
             * Encodes the specified RolloutTargetRecord message. Does not implicitly {@link otacast.v1.RolloutTargetRecord.verify|verify} messages.
             * @function encode
             * @memberof otacast.v1.RolloutTargetRecord
             * @static
             * @param {otacast.v1.RolloutTargetRecord.$Properties} message RolloutTargetRecord message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RolloutTargetRecord.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId") && message.deviceId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.deviceId);
                if (message.wave != null && $Object.hasOwnProperty.call(message, "wave") && message.wave !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.wave);
                if (message.phase != null && $Object.hasOwnProperty.call(message, "phase") && message.phase !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.phase);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RolloutTargetRecord message from the specified reader or buffer.
             * @function decode
             * @memberof otacast.v1.RolloutTargetRecord
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {otacast.v1.RolloutTargetRecord & otacast.v1.RolloutTargetRecord.$Shape} RolloutTargetRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RolloutTargetRecord.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.otacast.v1.RolloutTargetRecord();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.deviceId = value;
                            else
                                delete message.deviceId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.wave = value;
                            else
                                delete message.wave;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.phase = value;
                            else
                                delete message.phase;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return RolloutTargetRecord;
        })();

        v1.RolloutStatus = (function() {

            /**
             * Properties of a RolloutStatus.
             * @typedef {Object} otacast.v1.RolloutStatus.$Properties
             * @property {string|null} [id] RolloutStatus id
             * @property {string|null} [product] RolloutStatus product
             * @property {string|null} [channel] RolloutStatus channel
             * @property {string|null} [version] RolloutStatus version
             * @property {string|null} [releaseId] RolloutStatus releaseId
             * @property {string|null} [state] RolloutStatus state
             * @property {number|null} [wave] RolloutStatus wave
             * @property {Array.<otacast.v1.RolloutWave.$Properties>|null} [waves] RolloutStatus waves
             * @property {otacast.v1.RolloutCounts.$Properties|null} [counts] RolloutStatus counts
             * @property {string|null} [haltReason] RolloutStatus haltReason
             * @property {number|null} [maxFailureRate] RolloutStatus maxFailureRate
             * @property {number|null} [createdAtMs] RolloutStatus createdAtMs
             * @property {number|null} [updatedAtMs] RolloutStatus updatedAtMs
             * @property {Array.<otacast.v1.RolloutEvent.$Properties>|null} [history] RolloutStatus history
             * @property {Array.<otacast.v1.RolloutTargetRecord.$Properties>|null} [targets] RolloutStatus targets
             * @property {Object.<string,string>|null} [select] RolloutStatus select
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RolloutStatus.
             * @memberof otacast.v1
             * @interface IRolloutStatus
             * @augments otacast.v1.RolloutStatus.$Properties
             * @deprecated Use otacast.v1.RolloutStatus.$Properties instead.
             */

            /**
             * Shape of a RolloutStatus.
             * @typedef {otacast.v1.RolloutStatus.$Properties} otacast.v1.RolloutStatus.$Shape
             */

            /**
             * Constructs a new RolloutStatus.
             * @memberof otacast.v1
             * @classdesc Represents a RolloutStatus.
             * @constructor
             * @param {otacast.v1.RolloutStatus.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RolloutStatus = function (properties) {
                this.waves = [];
                this.history = [];
                this.targets = [];
                this.select = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RolloutStatus id.
             * @member {string} id
             * @memberof otacast.v1.RolloutStatus
             * @instance
             */
            RolloutStatus.prototype.id = "";

            /**
             * RolloutStatus product.
             * @member {string} product
             * @memberof otacast.v1.RolloutStatus
             * @instance
             */
            RolloutStatus.prototype.product = "";

            /**
             * RolloutStatus channel.
             * @member {string} channel
             * @memberof otacast.v1.RolloutStatus
             * @instance
             */
            RolloutStatus.prototype.channel = "";

            /**
             * RolloutStatus version.
             * @member {string} version
             * @memberof otacast.v1.RolloutStatus
             * @instance
             */
            RolloutStatus.prototype.version = "";

            /**
             * RolloutStatus releaseId.
             * @member {string} releaseId
             * @memberof otacast.v1.RolloutStatus
             * @instance
             */
            RolloutStatus.prototype.releaseId = "";

            /**
             * RolloutStatus state.
             * @member {string} state
             * @memberof otacast.v1.RolloutStatus
             * @instance
             */
            RolloutStatus.prototype.state = "";

            /**
             * RolloutStatus wave.
             * @member {number} wave
             * @memberof otacast.v1.RolloutStatus
             * @instance
             */
            RolloutStatus.prototype.wave = 0;

            /**
             * RolloutStatus waves.
             * @member {Array.<otacast.v1.RolloutWave.$Properties>} waves
             * @memberof otacast.v1.RolloutStatus
             * @instance
             */
            RolloutStatus.prototype.waves = $util.emptyArray;

            /**
             * RolloutStatus counts.
             * @member {otacast.v1.RolloutCounts.$Properties|null|undefined} counts
             * @memberof otacast.v1.RolloutStatus
             * @instance
             */
            RolloutStatus.prototype.counts = null;

            /**
             * RolloutStatus haltReason.
             * @member {string} haltReason
             * @memberof otacast.v1.RolloutStatus
             * @instance
             */
            RolloutStatus.prototype.haltReason = "";

            /**
             * RolloutStatus maxFailureRate.
             * @member {number} maxFailureRate
             * @memberof otacast.v1.RolloutStatus
             * @instance
             */
            RolloutStatus.prototype.maxFailureRate = 0;

            /**
             * RolloutStatus createdAtMs.
             * @member {number} createdAtMs
             * @memberof otacast.v1.RolloutStatus
             * @instance
             */
            RolloutStatus.prototype.createdAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * RolloutStatus updatedAtMs.
             * @member {number} updatedAtMs
             * @memberof otacast.v1.RolloutStatus
             * @instance
             */
            RolloutStatus.prototype.updatedAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * RolloutStatus history.
             * @member {Array.<otacast.v1.RolloutEvent.$Properties>} history
             * @memberof otacast.v1.RolloutStatus
             * @instance
             */
            RolloutStatus.prototype.history = $util.emptyArray;

            /**
             * RolloutStatus targets.
             * @member {Array.<otacast.v1.RolloutTargetRecord.$Properties>} targets
             * @memberof otacast.v1.RolloutStatus
             * @instance
             */
            RolloutStatus.prototype.targets = $util.emptyArray;

            /**
             * RolloutStatus select.
             * @member {Object.<string,string>} select
             * @memberof otacast.v1.RolloutStatus
             * @instance
             */
            RolloutStatus.prototype.select = $util.emptyObject;

            /**
             * Creates a new RolloutStatus instance using the specified properties.
             * @function create
             * @memberof otacast.v1.RolloutStatus
             * @static
             * @param {otacast.v1.RolloutStatus.$Properties=} [properties] Properties to set
             * @returns {otacast.v1.RolloutStatus} RolloutStatus instance
             * @type {{
             *   (properties: otacast.v1.RolloutStatus.$Shape): otacast.v1.RolloutStatus & otacast.v1.RolloutStatus.$Shape;
             *   (properties?: otacast.v1.RolloutStatus.$Properties): otacast.v1.RolloutStatus;
             * }}
             */
            RolloutStatus.create = function(properties) {
                return new RolloutStatus(properties);
            };

            /**
             * Encodes the specified RolloutStatus message. Does not implicitly {@link otacast.v1.RolloutStatus.verify|verify} messages.
             * @function encode
             * @memberof otacast.v1.RolloutStatus
             * @static
             * @param {otacast.v1.RolloutStatus.$Properties} message RolloutStatus message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RolloutStatus.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                if (message.product != null && $Object.hasOwnProperty.call(message, "product") && message.product !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.product);
                if (message.channel != null && $Object.hasOwnProperty.call(message, "channel") && message.channel !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.channel);
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.version);
                if (message.releaseId != null && $Object.hasOwnProperty.call(message, "releaseId") && message.releaseId !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.releaseId);
                if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.state);
                if (message.wave != null && $Object.hasOwnProperty.call(message, "wave") && message.wave !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.wave);
                if (message.waves != null && message.waves.length)
                    for (let i = 0; i < message.waves.length; ++i)
                        $root.otacast.v1.RolloutWave.encode(message.waves[i], writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.counts != null && $Object.hasOwnProperty.call(message, "counts"))
                    $root.otacast.v1.RolloutCounts.encode(message.counts, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.haltReason != null && $Object.hasOwnProperty.call(message, "haltReason") && message.haltReason !== "")
                    writer.uint32(/* id 10, wireType 2 =*/82).string(message.haltReason);
                if (message.maxFailureRate != null && $Object.hasOwnProperty.call(message, "maxFailureRate") && !$Object.is(message.maxFailureRate, 0))
                    writer.uint32(/* id 11, wireType 1 =*/89).double(message.maxFailureRate);
                if (message.createdAtMs != null && $Object.hasOwnProperty.call(message, "createdAtMs") && (typeof message.createdAtMs === "object" ? message.createdAtMs.low || message.createdAtMs.high : message.createdAtMs !== 0))
                    writer.uint32(/* id 12, wireType 0 =*/96).uint64(message.createdAtMs);
                if (message.updatedAtMs != null && $Object.hasOwnProperty.call(message, "updatedAtMs") && (typeof message.updatedAtMs === "object" ? message.updatedAtMs.low || message.updatedAtMs.high : message.updatedAtMs !== 0))
                    writer.uint32(/* id 13, wireType 0 =*/104).uint64(message.updatedAtMs);
                if (message.history != null && message.history.length)
                    for (let i = 0; i < message.history.length; ++i)
                        $root.otacast.v1.RolloutEvent.encode(message.history[i], writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
                if (message.targets != null && message.targets.length)
                    for (let i = 0; i < message.targets.length; ++i)
                        $root.otacast.v1.RolloutTargetRecord.encode(message.targets[i], writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                if (message.select != null && $Object.hasOwnProperty.call(message, "select"))
                    for (let keys = $Object.keys(message.select), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 16, wireType 2 =*/130).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.select[keys[i]]).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RolloutStatus message from the specified reader or buffer.
             * @function decode
             * @memberof otacast.v1.RolloutStatus
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {otacast.v1.RolloutStatus & otacast.v1.RolloutStatus.$Shape} RolloutStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RolloutStatus.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.otacast.v1.RolloutStatus();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.product = value;
                            else
                                delete message.product;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.channel = value;
                            else
                                delete message.channel;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.releaseId = value;
                            else
                                delete message.releaseId;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.state = value;
                            else
                                delete message.state;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.wave = value;
                            else
                                delete message.wave;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if (!(message.waves && message.waves.length))
                                message.waves = [];
                            message.waves.push($root.otacast.v1.RolloutWave.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.counts = $root.otacast.v1.RolloutCounts.decode(reader, reader.size(), $undefined, _depth + 1, message.counts);
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.haltReason = value;
                            else
                                delete message.haltReason;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.maxFailureRate = value;
                            else
                                delete message.maxFailureRate;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.createdAtMs = value;
                            else
                                delete message.createdAtMs;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.updatedAtMs = value;
                            else
                                delete message.updatedAtMs;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            if (!(message.history && message.history.length))
                                message.history = [];
                            message.history.push($root.otacast.v1.RolloutEvent.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            if (!(message.targets && message.targets.length))
                                message.targets = [];
                            message.targets.push($root.otacast.v1.RolloutTargetRecord.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            if (message.select === $util.emptyObject)
                                message.select = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.select, key);
                            message.select[key] = value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return RolloutStatus;
        })();

        v1.ListRolloutsResponse = (function() {

            /**
             * Properties of a ListRolloutsResponse.
             * @typedef {Object} otacast.v1.ListRolloutsResponse.$Properties
             * @property {Array.<otacast.v1.RolloutStatus.$Properties>|null} [rollouts] ListRolloutsResponse rollouts
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ListRolloutsResponse.
             * @memberof otacast.v1
             * @interface IListRolloutsResponse
             * @augments otacast.v1.ListRolloutsResponse.$Properties
             * @deprecated Use otacast.v1.ListRolloutsResponse.$Properties instead.
             */

            /**
             * Shape of a ListRolloutsResponse.
             * @typedef {otacast.v1.ListRolloutsResponse.$Properties} otacast.v1.ListRolloutsResponse.$Shape
             */

            /**
             * Constructs a new ListRolloutsResponse.
             * @memberof otacast.v1
             * @classdesc Represents a ListRolloutsResponse.
             * @constructor
             * @param {otacast.v1.ListRolloutsResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ListRolloutsResponse = function (properties) {
                this.rollouts = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ListRolloutsResponse rollouts.
             * @member {Array.<otacast.v1.RolloutStatus.$Properties>} rollouts
             * @memberof otacast.v1.ListRolloutsResponse
             * @instance
             */
            ListRolloutsResponse.prototype.rollouts = $util.emptyArray;

            /**
             * Creates a new ListRolloutsResponse instance using the specified properties.
             * @function create
             * @memberof otacast.v1.ListRolloutsResponse
             * @static
             * @param {otacast.v1.ListRolloutsResponse.$Properties=} [properties] Properties to set
             * @returns {otacast.v1.ListRolloutsResponse} ListRolloutsResponse instance
             * @type {{
             *   (properties: otacast.v1.ListRolloutsResponse.$Shape): otacast.v1.ListRolloutsResponse & otacast.v1.ListRolloutsResponse.$Shape;
             *   (properties?: otacast.v1.ListRolloutsResponse.$Properties): otacast.v1.ListRolloutsResponse;
             * }}
             */
            ListRolloutsResponse.create = function(properties) {
                return new ListRolloutsResponse(properties);
            };

            /**
             * Encodes the specified ListRolloutsResponse message. Does not implicitly {@link otacast.v1.ListRolloutsResponse.verify|verify} messages.
             * @function encode
             * @memberof otacast.v1.ListRolloutsResponse
             * @static
             * @param {otacast.v1.ListRolloutsResponse.$Properties} message ListRolloutsResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListRolloutsResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.rollouts != null && message.rollouts.length)
                    for (let i = 0; i < message.rollouts.length; ++i)
                        $root.otacast.v1.RolloutStatus.encode(message.rollouts[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ListRolloutsResponse message from the specified reader or buffer.
             * @function decode
             * @memberof otacast.v1.ListRolloutsResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {otacast.v1.ListRolloutsResponse & otacast.v1.ListRolloutsResponse.$Shape} ListRolloutsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListRolloutsResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.otacast.v1.ListRolloutsResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.rollouts && message.rollouts.length))
                                message.rollouts = [];
                            message.rollouts.push($root.otacast.v1.RolloutStatus.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return ListRolloutsResponse;
        })();

        v1.YankReleaseRequest = (function() {

            /**
             * Properties of a YankReleaseRequest.
             * @typedef {Object} otacast.v1.YankReleaseRequest.$Properties
             * @property {string|null} [releaseId] YankReleaseRequest releaseId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a YankReleaseRequest.
             * @memberof otacast.v1
             * @interface IYankReleaseRequest
             * @augments otacast.v1.YankReleaseRequest.$Properties
             * @deprecated Use otacast.v1.YankReleaseRequest.$Properties instead.
             */

            /**
             * Shape of a YankReleaseRequest.
             * @typedef {otacast.v1.YankReleaseRequest.$Properties} otacast.v1.YankReleaseRequest.$Shape
             */

            /**
             * Constructs a new YankReleaseRequest.
             * @memberof otacast.v1
             * @classdesc Represents a YankReleaseRequest.
             * @constructor
             * @param {otacast.v1.YankReleaseRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const YankReleaseRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * YankReleaseRequest releaseId.
             * @member {string} releaseId
             * @memberof otacast.v1.YankReleaseRequest
             * @instance
             */
            YankReleaseRequest.prototype.releaseId = "";

            /**
             * Creates a new YankReleaseRequest instance using the specified properties.
             * @function create
             * @memberof otacast.v1.YankReleaseRequest
             * @static
             * @param {otacast.v1.YankReleaseRequest.$Properties=} [properties] Properties to set
             * @returns {otacast.v1.YankReleaseRequest} YankReleaseRequest instance
             * @type {{
             *   (properties: otacast.v1.YankReleaseRequest.$Shape): otacast.v1.YankReleaseRequest & otacast.v1.YankReleaseRequest.$Shape;
             *   (properties?: otacast.v1.YankReleaseRequest.$Properties): otacast.v1.YankReleaseRequest;
             * }}
             */
            YankReleaseRequest.create = function(properties) {
                return new YankReleaseRequest(properties);
            };

            /**
             * Encodes the specified YankReleaseRequest message. Does not implicitly {@link otacast.v1.YankReleaseRequest.verify|verify} messages.
             * @function encode
             * @memberof otacast.v1.YankReleaseRequest
             * @static
             * @param {otacast.v1.YankReleaseRequest.$Properties} message YankReleaseRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            YankReleaseRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.releaseId != null && $Object.hasOwnProperty.call(message, "releaseId") && message.releaseId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.releaseId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a YankReleaseRequest message from the specified reader or buffer.
             * @function decode
             * @memberof otacast.v1.YankReleaseRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {otacast.v1.YankReleaseRequest & otacast.v1.YankReleaseRequest.$Shape} YankReleaseRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            YankReleaseRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.otacast.v1.YankReleaseRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.releaseId = value;
                            else
                                delete message.releaseId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return YankReleaseRequest;
        })();

        v1.YankReleaseResponse = (function() {

            /**
             * Properties of a YankReleaseResponse.
             * @typedef {Object} otacast.v1.YankReleaseResponse.$Properties
             * @property {string|null} [rolloutId] YankReleaseResponse rolloutId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a YankReleaseResponse.
             * @memberof otacast.v1
             * @interface IYankReleaseResponse
             * @augments otacast.v1.YankReleaseResponse.$Properties
             * @deprecated Use otacast.v1.YankReleaseResponse.$Properties instead.
             */

            /**
             * Shape of a YankReleaseResponse.
             * @typedef {otacast.v1.YankReleaseResponse.$Properties} otacast.v1.YankReleaseResponse.$Shape
             */

            /**
             * Constructs a new YankReleaseResponse.
             * @memberof otacast.v1
             * @classdesc Represents a YankReleaseResponse.
             * @constructor
             * @param {otacast.v1.YankReleaseResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const YankReleaseResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * YankReleaseResponse rolloutId.
             * @member {string} rolloutId
             * @memberof otacast.v1.YankReleaseResponse
             * @instance
             */
            YankReleaseResponse.prototype.rolloutId = "";

            /**
             * Creates a new YankReleaseResponse instance using the specified properties.
             * @function create
             * @memberof otacast.v1.YankReleaseResponse
             * @static
             * @param {otacast.v1.YankReleaseResponse.$Properties=} [properties] Properties to set
             * @returns {otacast.v1.YankReleaseResponse} YankReleaseResponse instance
             * @type {{
             *   (properties: otacast.v1.YankReleaseResponse.$Shape): otacast.v1.YankReleaseResponse & otacast.v1.YankReleaseResponse.$Shape;
             *   (properties?: otacast.v1.YankReleaseResponse.$Properties): otacast.v1.YankReleaseResponse;
             * }}
             */
            YankReleaseResponse.create = function(properties) {
                return new YankReleaseResponse(properties);
            };

            /**
             * Encodes the specified YankReleaseResponse message. Does not implicitly {@link otacast.v1.YankReleaseResponse.verify|verify} messages.
             * @function encode
             * @memberof otacast.v1.YankReleaseResponse
             * @static
             * @param {otacast.v1.YankReleaseResponse.$Properties} message YankReleaseResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            YankReleaseResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.rolloutId != null && $Object.hasOwnProperty.call(message, "rolloutId") && message.rolloutId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.rolloutId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a YankReleaseResponse message from the specified reader or buffer.
             * @function decode
             * @memberof otacast.v1.YankReleaseResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {otacast.v1.YankReleaseResponse & otacast.v1.YankReleaseResponse.$Shape} YankReleaseResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            YankReleaseResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.otacast.v1.YankReleaseResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.rolloutId = value;
                            else
                                delete message.rolloutId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return YankReleaseResponse;
        })();

        v1.PublishKeyringRequest = (function() {

            /**
             * Properties of a PublishKeyringRequest.
             * @typedef {Object} otacast.v1.PublishKeyringRequest.$Properties
             * @property {string|null} [product] PublishKeyringRequest product
             * @property {Uint8Array|null} [signedKeyring] PublishKeyringRequest signedKeyring
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PublishKeyringRequest.
             * @memberof otacast.v1
             * @interface IPublishKeyringRequest
             * @augments otacast.v1.PublishKeyringRequest.$Properties
             * @deprecated Use otacast.v1.PublishKeyringRequest.$Properties instead.
             */

            /**
             * Shape of a PublishKeyringRequest.
             * @typedef {otacast.v1.PublishKeyringRequest.$Properties} otacast.v1.PublishKeyringRequest.$Shape
             */

            /**
             * Constructs a new PublishKeyringRequest.
             * @memberof otacast.v1
             * @classdesc Represents a PublishKeyringRequest.
             * @constructor
             * @param {otacast.v1.PublishKeyringRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PublishKeyringRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PublishKeyringRequest product.
             * @member {string} product
             * @memberof otacast.v1.PublishKeyringRequest
             * @instance
             */
            PublishKeyringRequest.prototype.product = "";

            /**
             * PublishKeyringRequest signedKeyring.
             * @member {Uint8Array} signedKeyring
             * @memberof otacast.v1.PublishKeyringRequest
             * @instance
             */
            PublishKeyringRequest.prototype.signedKeyring = $util.newBuffer([]);

            /**
             * Creates a new PublishKeyringRequest instance using the specified properties.
             * @function create
             * @memberof otacast.v1.PublishKeyringRequest
             * @static
             * @param {otacast.v1.PublishKeyringRequest.$Properties=} [properties] Properties to set
             * @returns {otacast.v1.PublishKeyringRequest} PublishKeyringRequest instance
             * @type {{
             *   (properties: otacast.v1.PublishKeyringRequest.$Shape): otacast.v1.PublishKeyringRequest & otacast.v1.PublishKeyringRequest.$Shape;
             *   (properties?: otacast.v1.PublishKeyringRequest.$Properties): otacast.v1.PublishKeyringRequest;
             * }}
             */
            PublishKeyringRequest.create = function(properties) {
                return new PublishKeyringRequest(properties);
            };

            /**
             * Encodes the specified PublishKeyringRequest message. Does not implicitly {@link otacast.v1.PublishKeyringRequest.verify|verify} messages.
             * @function encode
             * @memberof otacast.v1.PublishKeyringRequest
             * @static
             * @param {otacast.v1.PublishKeyringRequest.$Properties} message PublishKeyringRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PublishKeyringRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.product != null && $Object.hasOwnProperty.call(message, "product") && message.product !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.product);
                if (message.signedKeyring != null && $Object.hasOwnProperty.call(message, "signedKeyring") && message.signedKeyring.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.signedKeyring);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PublishKeyringRequest message from the specified reader or buffer.
             * @function decode
             * @memberof otacast.v1.PublishKeyringRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {otacast.v1.PublishKeyringRequest & otacast.v1.PublishKeyringRequest.$Shape} PublishKeyringRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PublishKeyringRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.otacast.v1.PublishKeyringRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.product = value;
                            else
                                delete message.product;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signedKeyring = value;
                            else
                                delete message.signedKeyring;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return PublishKeyringRequest;
        })();

        v1.PublishKeyringResponse = (function() {

            /**
             * Properties of a PublishKeyringResponse.
             * @typedef {Object} otacast.v1.PublishKeyringResponse.$Properties
             * @property {number|null} [version] PublishKeyringResponse version
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PublishKeyringResponse.
             * @memberof otacast.v1
             * @interface IPublishKeyringResponse
             * @augments otacast.v1.PublishKeyringResponse.$Properties
             * @deprecated Use otacast.v1.PublishKeyringResponse.$Properties instead.
             */

            /**
             * Shape of a PublishKeyringResponse.
             * @typedef {otacast.v1.PublishKeyringResponse.$Properties} otacast.v1.PublishKeyringResponse.$Shape
             */

            /**
             * Constructs a new PublishKeyringResponse.
             * @memberof otacast.v1
             * @classdesc Represents a PublishKeyringResponse.
             * @constructor
             * @param {otacast.v1.PublishKeyringResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PublishKeyringResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PublishKeyringResponse version.
             * @member {number} version
             * @memberof otacast.v1.PublishKeyringResponse
             * @instance
             */
            PublishKeyringResponse.prototype.version = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new PublishKeyringResponse instance using the specified properties.
             * @function create
             * @memberof otacast.v1.PublishKeyringResponse
             * @static
             * @param {otacast.v1.PublishKeyringResponse.$Properties=} [properties] Properties to set
             * @returns {otacast.v1.PublishKeyringResponse} PublishKeyringResponse instance
             * @type {{
             *   (properties: otacast.v1.PublishKeyringResponse.$Shape): otacast.v1.PublishKeyringResponse & otacast.v1.PublishKeyringResponse.$Shape;
             *   (properties?: otacast.v1.PublishKeyringResponse.$Properties): otacast.v1.PublishKeyringResponse;
             * }}
             */
            PublishKeyringResponse.create = function(properties) {
                return new PublishKeyringResponse(properties);
            };

            /**
             * Encodes the specified PublishKeyringResponse message. Does not implicitly {@link otacast.v1.PublishKeyringResponse.verify|verify} messages.
             * @function encode
             * @memberof otacast.v1.PublishKeyringResponse
             * @static
             * @param {otacast.v1.PublishKeyringResponse.$Properties} message PublishKeyringResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PublishKeyringResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && (typeof message.version === "object" ? message.version.low || message.version.high : message.version !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.version);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PublishKeyringResponse message from the specified reader or buffer.
             * @function decode
             * @memberof otacast.v1.PublishKeyringResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {otacast.v1.PublishKeyringResponse & otacast.v1.PublishKeyringResponse.$Shape} PublishKeyringResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PublishKeyringResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.otacast.v1.PublishKeyringResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return PublishKeyringResponse;
        })();

        v1.AddPrincipalRequest = (function() {

            /**
             * Properties of an AddPrincipalRequest.
             * @typedef {Object} otacast.v1.AddPrincipalRequest.$Properties
             * @property {string|null} [name] AddPrincipalRequest name
             * @property {string|null} [role] AddPrincipalRequest role
             * @property {Array.<string>|null} [products] AddPrincipalRequest products
             * @property {boolean|null} [force] AddPrincipalRequest force
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AddPrincipalRequest.
             * @memberof otacast.v1
             * @interface IAddPrincipalRequest
             * @augments otacast.v1.AddPrincipalRequest.$Properties
             * @deprecated Use otacast.v1.AddPrincipalRequest.$Properties instead.
             */

            /**
             * Shape of an AddPrincipalRequest.
             * @typedef {otacast.v1.AddPrincipalRequest.$Properties} otacast.v1.AddPrincipalRequest.$Shape
             */

            /**
             * Constructs a new AddPrincipalRequest.
             * @memberof otacast.v1
             * @classdesc Represents an AddPrincipalRequest.
             * @constructor
             * @param {otacast.v1.AddPrincipalRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AddPrincipalRequest = function (properties) {
                this.products = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AddPrincipalRequest name.
             * @member {string} name
             * @memberof otacast.v1.AddPrincipalRequest
             * @instance
             */
            AddPrincipalRequest.prototype.name = "";

            /**
             * AddPrincipalRequest role.
             * @member {string} role
             * @memberof otacast.v1.AddPrincipalRequest
             * @instance
             */
            AddPrincipalRequest.prototype.role = "";

            /**
             * AddPrincipalRequest products.
             * @member {Array.<string>} products
             * @memberof otacast.v1.AddPrincipalRequest
             * @instance
             */
            AddPrincipalRequest.prototype.products = $util.emptyArray;

            /**
             * AddPrincipalRequest force.
             * @member {boolean} force
             * @memberof otacast.v1.AddPrincipalRequest
             * @instance
             */
            AddPrincipalRequest.prototype.force = false;

            /**
             * Creates a new AddPrincipalRequest instance using the specified properties.
             * @function create
             * @memberof otacast.v1.AddPrincipalRequest
             * @static
             * @param {otacast.v1.AddPrincipalRequest.$Properties=} [properties] Properties to set
             * @returns {otacast.v1.AddPrincipalRequest} AddPrincipalRequest instance
             * @type {{
             *   (properties: otacast.v1.AddPrincipalRequest.$Shape): otacast.v1.AddPrincipalRequest & otacast.v1.AddPrincipalRequest.$Shape;
             *   (properties?: otacast.v1.AddPrincipalRequest.$Properties): otacast.v1.AddPrincipalRequest;
             * }}
             */
            AddPrincipalRequest.create = function(properties) {
                return new AddPrincipalRequest(properties);
            };

            /**
             * Encodes the specified AddPrincipalRequest message. Does not implicitly {@link otacast.v1.AddPrincipalRequest.verify|verify} messages.
             * @function encode
             * @memberof otacast.v1.AddPrincipalRequest
             * @static
             * @param {otacast.v1.AddPrincipalRequest.$Properties} message AddPrincipalRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AddPrincipalRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.role != null && $Object.hasOwnProperty.call(message, "role") && message.role !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.role);
                if (message.products != null && message.products.length)
                    for (let i = 0; i < message.products.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.products[i]);
                if (message.force != null && $Object.hasOwnProperty.call(message, "force") && message.force !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.force);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AddPrincipalRequest message from the specified reader or buffer.
             * @function decode
             * @memberof otacast.v1.AddPrincipalRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {otacast.v1.AddPrincipalRequest & otacast.v1.AddPrincipalRequest.$Shape} AddPrincipalRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AddPrincipalRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.otacast.v1.AddPrincipalRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.role = value;
                            else
                                delete message.role;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.products && message.products.length))
                                message.products = [];
                            message.products.push(reader.stringVerify());
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.force = value;
                            else
                                delete message.force;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return AddPrincipalRequest;
        })();

        v1.AddPrincipalResponse = (function() {

            /**
             * Properties of an AddPrincipalResponse.
             * @typedef {Object} otacast.v1.AddPrincipalResponse.$Properties
             * @property {string|null} [token] AddPrincipalResponse token
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AddPrincipalResponse.
             * @memberof otacast.v1
             * @interface IAddPrincipalResponse
             * @augments otacast.v1.AddPrincipalResponse.$Properties
             * @deprecated Use otacast.v1.AddPrincipalResponse.$Properties instead.
             */

            /**
             * Shape of an AddPrincipalResponse.
             * @typedef {otacast.v1.AddPrincipalResponse.$Properties} otacast.v1.AddPrincipalResponse.$Shape
             */

            /**
             * Constructs a new AddPrincipalResponse.
             * @memberof otacast.v1
             * @classdesc Represents an AddPrincipalResponse.
             * @constructor
             * @param {otacast.v1.AddPrincipalResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AddPrincipalResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AddPrincipalResponse token.
             * @member {string} token
             * @memberof otacast.v1.AddPrincipalResponse
             * @instance
             */
            AddPrincipalResponse.prototype.token = "";

            /**
             * Creates a new AddPrincipalResponse instance using the specified properties.
             * @function create
             * @memberof otacast.v1.AddPrincipalResponse
             * @static
             * @param {otacast.v1.AddPrincipalResponse.$Properties=} [properties] Properties to set
             * @returns {otacast.v1.AddPrincipalResponse} AddPrincipalResponse instance
             * @type {{
             *   (properties: otacast.v1.AddPrincipalResponse.$Shape): otacast.v1.AddPrincipalResponse & otacast.v1.AddPrincipalResponse.$Shape;
             *   (properties?: otacast.v1.AddPrincipalResponse.$Properties): otacast.v1.AddPrincipalResponse;
             * }}
             */
            AddPrincipalResponse.create = function(properties) {
                return new AddPrincipalResponse(properties);
            };

            /**
             * Encodes the specified AddPrincipalResponse message. Does not implicitly {@link otacast.v1.AddPrincipalResponse.verify|verify} messages.
             * @function encode
             * @memberof otacast.v1.AddPrincipalResponse
             * @static
             * @param {otacast.v1.AddPrincipalResponse.$Properties} message AddPrincipalResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AddPrincipalResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.token != null && $Object.hasOwnProperty.call(message, "token") && message.token !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.token);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AddPrincipalResponse message from the specified reader or buffer.
             * @function decode
             * @memberof otacast.v1.AddPrincipalResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {otacast.v1.AddPrincipalResponse & otacast.v1.AddPrincipalResponse.$Shape} AddPrincipalResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AddPrincipalResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.otacast.v1.AddPrincipalResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.token = value;
                            else
                                delete message.token;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return AddPrincipalResponse;
        })();

        v1.ListPrincipalsRequest = (function() {

            /**
             * Properties of a ListPrincipalsRequest.
             * @typedef {Object} otacast.v1.ListPrincipalsRequest.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ListPrincipalsRequest.
             * @memberof otacast.v1
             * @interface IListPrincipalsRequest
             * @augments otacast.v1.ListPrincipalsRequest.$Properties
             * @deprecated Use otacast.v1.ListPrincipalsRequest.$Properties instead.
             */

            /**
             * Shape of a ListPrincipalsRequest.
             * @typedef {otacast.v1.ListPrincipalsRequest.$Properties} otacast.v1.ListPrincipalsRequest.$Shape
             */

            /**
             * Constructs a new ListPrincipalsRequest.
             * @memberof otacast.v1
             * @classdesc Represents a ListPrincipalsRequest.
             * @constructor
             * @param {otacast.v1.ListPrincipalsRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ListPrincipalsRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new ListPrincipalsRequest instance using the specified properties.
             * @function create
             * @memberof otacast.v1.ListPrincipalsRequest
             * @static
             * @param {otacast.v1.ListPrincipalsRequest.$Properties=} [properties] Properties to set
             * @returns {otacast.v1.ListPrincipalsRequest} ListPrincipalsRequest instance
             * @type {{
             *   (properties: otacast.v1.ListPrincipalsRequest.$Shape): otacast.v1.ListPrincipalsRequest & otacast.v1.ListPrincipalsRequest.$Shape;
             *   (properties?: otacast.v1.ListPrincipalsRequest.$Properties): otacast.v1.ListPrincipalsRequest;
             * }}
             */
            ListPrincipalsRequest.create = function(properties) {
                return new ListPrincipalsRequest(properties);
            };

            /**
             * Encodes the specified ListPrincipalsRequest message. Does not implicitly {@link otacast.v1.ListPrincipalsRequest.verify|verify} messages.
             * @function encode
             * @memberof otacast.v1.ListPrincipalsRequest
             * @static
             * @param {otacast.v1.ListPrincipalsRequest.$Properties} message ListPrincipalsRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListPrincipalsRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ListPrincipalsRequest message from the specified reader or buffer.
             * @function decode
             * @memberof otacast.v1.ListPrincipalsRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {otacast.v1.ListPrincipalsRequest & otacast.v1.ListPrincipalsRequest.$Shape} ListPrincipalsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListPrincipalsRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.otacast.v1.ListPrincipalsRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return ListPrincipalsRequest;
        })();

        v1.PrincipalRecord = (function() {

            /**
             * Properties of a PrincipalRecord.
             * @typedef {Object} otacast.v1.PrincipalRecord.$Properties
             * @property {string|null} [name] PrincipalRecord name
             * @property {string|null} [role] PrincipalRecord role
             * @property {Array.<string>|null} [products] PrincipalRecord products
             * @property {number|null} [createdAtMs] PrincipalRecord createdAtMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PrincipalRecord.
             * @memberof otacast.v1
             * @interface IPrincipalRecord
             * @augments otacast.v1.PrincipalRecord.$Properties
             * @deprecated Use otacast.v1.PrincipalRecord.$Properties instead.
             */

            /**
             * Shape of a PrincipalRecord.
             * @typedef {otacast.v1.PrincipalRecord.$Properties} otacast.v1.PrincipalRecord.$Shape
             */

            /**
             * Constructs a new PrincipalRecord.
             * @memberof otacast.v1
             * @classdesc Represents a PrincipalRecord.
             * @constructor
             * @param {otacast.v1.PrincipalRecord.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PrincipalRecord = function (properties) {
                this.products = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PrincipalRecord name.
             * @member {string} name
             * @memberof otacast.v1.PrincipalRecord
             * @instance
             */
            PrincipalRecord.prototype.name = "";

            /**
             * PrincipalRecord role.
             * @member {string} role
             * @memberof otacast.v1.PrincipalRecord
             * @instance
             */
            PrincipalRecord.prototype.role = "";

            /**
             * PrincipalRecord products.
             * @member {Array.<string>} products
             * @memberof otacast.v1.PrincipalRecord
             * @instance
             */
            PrincipalRecord.prototype.products = $util.emptyArray;

            /**
             * PrincipalRecord createdAtMs.
             * @member {number} createdAtMs
             * @memberof otacast.v1.PrincipalRecord
             * @instance
             */
            PrincipalRecord.prototype.createdAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new PrincipalRecord instance using the specified properties.
             * @function create
             * @memberof otacast.v1.PrincipalRecord
             * @static
             * @param {otacast.v1.PrincipalRecord.$Properties=} [properties] Properties to set
             * @returns {otacast.v1.PrincipalRecord} PrincipalRecord instance
             * @type {{
             *   (properties: otacast.v1.PrincipalRecord.$Shape): otacast.v1.PrincipalRecord & otacast.v1.PrincipalRecord.$Shape;
             *   (properties?: otacast.v1.PrincipalRecord.$Properties): otacast.v1.PrincipalRecord;
             * }}
             */
            PrincipalRecord.create = function(properties) {
                return new PrincipalRecord(properties);
            };

            /**
             * Encodes the specified PrincipalRecord message. Does not implicitly {@link otacast.v1.PrincipalRecord.verify|verify} messages.
             * @function encode
             * @memberof otacast.v1.PrincipalRecord
             * @static
             * @param {otacast.v1.PrincipalRecord.$Properties} message PrincipalRecord message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PrincipalRecord.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.role != null && $Object.hasOwnProperty.call(message, "role") && message.role !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.role);
                if (message.products != null && message.products.length)
                    for (let i = 0; i < message.products.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.products[i]);
                if (message.createdAtMs != null && $Object.hasOwnProperty.call(message, "createdAtMs") && (typeof message.createdAtMs === "object" ? message.createdAtMs.low || message.createdAtMs.high : message.createdAtMs !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.createdAtMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PrincipalRecord message from the specified reader or buffer.
             * @function decode
             * @memberof otacast.v1.PrincipalRecord
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {otacast.v1.PrincipalRecord & otacast.v1.PrincipalRecord.$Shape} PrincipalRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PrincipalRecord.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.otacast.v1.PrincipalRecord();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.role = value;
                            else
                                delete message.role;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.products && message.products.length))
                                message.products = [];
                            message.products.push(reader.stringVerify());
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.createdAtMs = value;
                            else
                                delete message.createdAtMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return PrincipalRecord;
        })();

        v1.ListPrincipalsResponse = (function() {

            /**
             * Properties of a ListPrincipalsResponse.
             * @typedef {Object} otacast.v1.ListPrincipalsResponse.$Properties
             * @property {Array.<otacast.v1.PrincipalRecord.$Properties>|null} [principals] ListPrincipalsResponse principals
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ListPrincipalsResponse.
             * @memberof otacast.v1
             * @interface IListPrincipalsResponse
             * @augments otacast.v1.ListPrincipalsResponse.$Properties
             * @deprecated Use otacast.v1.ListPrincipalsResponse.$Properties instead.
             */

            /**
             * Shape of a ListPrincipalsResponse.
             * @typedef {otacast.v1.ListPrincipalsResponse.$Properties} otacast.v1.ListPrincipalsResponse.$Shape
             */

            /**
             * Constructs a new ListPrincipalsResponse.
             * @memberof otacast.v1
             * @classdesc Represents a ListPrincipalsResponse.
             * @constructor
             * @param {otacast.v1.ListPrincipalsResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ListPrincipalsResponse = function (properties) {
                this.principals = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ListPrincipalsResponse principals.
             * @member {Array.<otacast.v1.PrincipalRecord.$Properties>} principals
             * @memberof otacast.v1.ListPrincipalsResponse
             * @instance
             */
            ListPrincipalsResponse.prototype.principals = $util.emptyArray;

            /**
             * Creates a new ListPrincipalsResponse instance using the specified properties.
             * @function create
             * @memberof otacast.v1.ListPrincipalsResponse
             * @static
             * @param {otacast.v1.ListPrincipalsResponse.$Properties=} [properties] Properties to set
             * @returns {otacast.v1.ListPrincipalsResponse} ListPrincipalsResponse instance
             * @type {{
             *   (properties: otacast.v1.ListPrincipalsResponse.$Shape): otacast.v1.ListPrincipalsResponse & otacast.v1.ListPrincipalsResponse.$Shape;
             *   (properties?: otacast.v1.ListPrincipalsResponse.$Properties): otacast.v1.ListPrincipalsResponse;
             * }}
             */
            ListPrincipalsResponse.create = function(properties) {
                return new ListPrincipalsResponse(properties);
            };

            /**
             * Encodes the specified ListPrincipalsResponse message. Does not implicitly {@link otacast.v1.ListPrincipalsResponse.verify|verify} messages.
             * @function encode
             * @memberof otacast.v1.ListPrincipalsResponse
             * @static
             * @param {otacast.v1.ListPrincipalsResponse.$Properties} message ListPrincipalsResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListPrincipalsResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.principals != null && message.principals.length)
                    for (let i = 0; i < message.principals.length; ++i)
                        $root.otacast.v1.PrincipalRecord.encode(message.principals[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ListPrincipalsResponse message from the specified reader or buffer.
             * @function decode
             * @memberof otacast.v1.ListPrincipalsResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {otacast.v1.ListPrincipalsResponse & otacast.v1.ListPrincipalsResponse.$Shape} ListPrincipalsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListPrincipalsResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.otacast.v1.ListPrincipalsResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.principals && message.principals.length))
                                message.principals = [];
                            message.principals.push($root.otacast.v1.PrincipalRecord.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return ListPrincipalsResponse;
        })();

        v1.RotatePrincipalTokenRequest = (function() {

            /**
             * Properties of a RotatePrincipalTokenRequest.
             * @typedef {Object} otacast.v1.RotatePrincipalTokenRequest.$Properties
             * @property {string|null} [name] RotatePrincipalTokenRequest name
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RotatePrincipalTokenRequest.
             * @memberof otacast.v1
             * @interface IRotatePrincipalTokenRequest
             * @augments otacast.v1.RotatePrincipalTokenRequest.$Properties
             * @deprecated Use otacast.v1.RotatePrincipalTokenRequest.$Properties instead.
             */

            /**
             * Shape of a RotatePrincipalTokenRequest.
             * @typedef {otacast.v1.RotatePrincipalTokenRequest.$Properties} otacast.v1.RotatePrincipalTokenRequest.$Shape
             */

            /**
             * Constructs a new RotatePrincipalTokenRequest.
             * @memberof otacast.v1
             * @classdesc Represents a RotatePrincipalTokenRequest.
             * @constructor
             * @param {otacast.v1.RotatePrincipalTokenRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RotatePrincipalTokenRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RotatePrincipalTokenRequest name.
             * @member {string} name
             * @memberof otacast.v1.RotatePrincipalTokenRequest
             * @instance
             */
            RotatePrincipalTokenRequest.prototype.name = "";

            /**
             * Creates a new RotatePrincipalTokenRequest instance using the specified properties.
             * @function create
             * @memberof otacast.v1.RotatePrincipalTokenRequest
             * @static
             * @param {otacast.v1.RotatePrincipalTokenRequest.$Properties=} [properties] Properties to set
             * @returns {otacast.v1.RotatePrincipalTokenRequest} RotatePrincipalTokenRequest instance
             * @type {{
             *   (properties: otacast.v1.RotatePrincipalTokenRequest.$Shape): otacast.v1.RotatePrincipalTokenRequest & otacast.v1.RotatePrincipalTokenRequest.$Shape;
             *   (properties?: otacast.v1.RotatePrincipalTokenRequest.$Properties): otacast.v1.RotatePrincipalTokenRequest;
             * }}
             */
            RotatePrincipalTokenRequest.create = function(properties) {
                return new RotatePrincipalTokenRequest(properties);
            };

            /**
             * Encodes the specified RotatePrincipalTokenRequest message. Does not implicitly {@link otacast.v1.RotatePrincipalTokenRequest.verify|verify} messages.
             * @function encode
             * @memberof otacast.v1.RotatePrincipalTokenRequest
             * @static
             * @param {otacast.v1.RotatePrincipalTokenRequest.$Properties} message RotatePrincipalTokenRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RotatePrincipalTokenRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RotatePrincipalTokenRequest message from the specified reader or buffer.
             * @function decode
             * @memberof otacast.v1.RotatePrincipalTokenRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {otacast.v1.RotatePrincipalTokenRequest & otacast.v1.RotatePrincipalTokenRequest.$Shape} RotatePrincipalTokenRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RotatePrincipalTokenRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.otacast.v1.RotatePrincipalTokenRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return RotatePrincipalTokenRequest;
        })();

        v1.RotatePrincipalTokenResponse = (function() {

            /**
             * Properties of a RotatePrincipalTokenResponse.
             * @typedef {Object} otacast.v1.RotatePrincipalTokenResponse.$Properties
             * @property {string|null} [token] RotatePrincipalTokenResponse token
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RotatePrincipalTokenResponse.
             * @memberof otacast.v1
             * @interface IRotatePrincipalTokenResponse
             * @augments otacast.v1.RotatePrincipalTokenResponse.$Properties
             * @deprecated Use otacast.v1.RotatePrincipalTokenResponse.$Properties instead.
             */

            /**
             * Shape of a RotatePrincipalTokenResponse.
             * @typedef {otacast.v1.RotatePrincipalTokenResponse.$Properties} otacast.v1.RotatePrincipalTokenResponse.$Shape
             */

            /**
             * Constructs a new RotatePrincipalTokenResponse.
             * @memberof otacast.v1
             * @classdesc Represents a RotatePrincipalTokenResponse.
             * @constructor
             * @param {otacast.v1.RotatePrincipalTokenResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RotatePrincipalTokenResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RotatePrincipalTokenResponse token.
             * @member {string} token
             * @memberof otacast.v1.RotatePrincipalTokenResponse
             * @instance
             */
            RotatePrincipalTokenResponse.prototype.token = "";

            /**
             * Creates a new RotatePrincipalTokenResponse instance using the specified properties.
             * @function create
             * @memberof otacast.v1.RotatePrincipalTokenResponse
             * @static
             * @param {otacast.v1.RotatePrincipalTokenResponse.$Properties=} [properties] Properties to set
             * @returns {otacast.v1.RotatePrincipalTokenResponse} RotatePrincipalTokenResponse instance
             * @type {{
             *   (properties: otacast.v1.RotatePrincipalTokenResponse.$Shape): otacast.v1.RotatePrincipalTokenResponse & otacast.v1.RotatePrincipalTokenResponse.$Shape;
             *   (properties?: otacast.v1.RotatePrincipalTokenResponse.$Properties): otacast.v1.RotatePrincipalTokenResponse;
             * }}
             */
            RotatePrincipalTokenResponse.create = function(properties) {
                return new RotatePrincipalTokenResponse(properties);
            };

            /**
             * Encodes the specified RotatePrincipalTokenResponse message. Does not implicitly {@link otacast.v1.RotatePrincipalTokenResponse.verify|verify} messages.
             * @function encode
             * @memberof otacast.v1.RotatePrincipalTokenResponse
             * @static
             * @param {otacast.v1.RotatePrincipalTokenResponse.$Properties} message RotatePrincipalTokenResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RotatePrincipalTokenResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.token != null && $Object.hasOwnProperty.call(message, "token") && message.token !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.token);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RotatePrincipalTokenResponse message from the specified reader or buffer.
             * @function decode
             * @memberof otacast.v1.RotatePrincipalTokenResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {otacast.v1.RotatePrincipalTokenResponse & otacast.v1.RotatePrincipalTokenResponse.$Shape} RotatePrincipalTokenResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RotatePrincipalTokenResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.otacast.v1.RotatePrincipalTokenResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.token = value;
                            else
                                delete message.token;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return RotatePrincipalTokenResponse;
        })();

        v1.RemovePrincipalRequest = (function() {

            /**
             * Properties of a RemovePrincipalRequest.
             * @typedef {Object} otacast.v1.RemovePrincipalRequest.$Properties
             * @property {string|null} [name] RemovePrincipalRequest name
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RemovePrincipalRequest.
             * @memberof otacast.v1
             * @interface IRemovePrincipalRequest
             * @augments otacast.v1.RemovePrincipalRequest.$Properties
             * @deprecated Use otacast.v1.RemovePrincipalRequest.$Properties instead.
             */

            /**
             * Shape of a RemovePrincipalRequest.
             * @typedef {otacast.v1.RemovePrincipalRequest.$Properties} otacast.v1.RemovePrincipalRequest.$Shape
             */

            /**
             * Constructs a new RemovePrincipalRequest.
             * @memberof otacast.v1
             * @classdesc Represents a RemovePrincipalRequest.
             * @constructor
             * @param {otacast.v1.RemovePrincipalRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RemovePrincipalRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RemovePrincipalRequest name.
             * @member {string} name
             * @memberof otacast.v1.RemovePrincipalRequest
             * @instance
             */
            RemovePrincipalRequest.prototype.name = "";

            /**
             * Creates a new RemovePrincipalRequest instance using the specified properties.
             * @function create
             * @memberof otacast.v1.RemovePrincipalRequest
             * @static
             * @param {otacast.v1.RemovePrincipalRequest.$Properties=} [properties] Properties to set
             * @returns {otacast.v1.RemovePrincipalRequest} RemovePrincipalRequest instance
             * @type {{
             *   (properties: otacast.v1.RemovePrincipalRequest.$Shape): otacast.v1.RemovePrincipalRequest & otacast.v1.RemovePrincipalRequest.$Shape;
             *   (properties?: otacast.v1.RemovePrincipalRequest.$Properties): otacast.v1.RemovePrincipalRequest;
             * }}
             */
            RemovePrincipalRequest.create = function(properties) {
                return new RemovePrincipalRequest(properties);
            };

            /**
             * Encodes the specified RemovePrincipalRequest message. Does not implicitly {@link otacast.v1.RemovePrincipalRequest.verify|verify} messages.
             * @function encode
             * @memberof otacast.v1.RemovePrincipalRequest
             * @static
             * @param {otacast.v1.RemovePrincipalRequest.$Properties} message RemovePrincipalRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RemovePrincipalRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RemovePrincipalRequest message from the specified reader or buffer.
             * @function decode
             * @memberof otacast.v1.RemovePrincipalRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {otacast.v1.RemovePrincipalRequest & otacast.v1.RemovePrincipalRequest.$Shape} RemovePrincipalRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RemovePrincipalRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.otacast.v1.RemovePrincipalRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return RemovePrincipalRequest;
        })();

        v1.RemovePrincipalResponse = (function() {

            /**
             * Properties of a RemovePrincipalResponse.
             * @typedef {Object} otacast.v1.RemovePrincipalResponse.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RemovePrincipalResponse.
             * @memberof otacast.v1
             * @interface IRemovePrincipalResponse
             * @augments otacast.v1.RemovePrincipalResponse.$Properties
             * @deprecated Use otacast.v1.RemovePrincipalResponse.$Properties instead.
             */

            /**
             * Shape of a RemovePrincipalResponse.
             * @typedef {otacast.v1.RemovePrincipalResponse.$Properties} otacast.v1.RemovePrincipalResponse.$Shape
             */

            /**
             * Constructs a new RemovePrincipalResponse.
             * @memberof otacast.v1
             * @classdesc Represents a RemovePrincipalResponse.
             * @constructor
             * @param {otacast.v1.RemovePrincipalResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RemovePrincipalResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new RemovePrincipalResponse instance using the specified properties.
             * @function create
             * @memberof otacast.v1.RemovePrincipalResponse
             * @static
             * @param {otacast.v1.RemovePrincipalResponse.$Properties=} [properties] Properties to set
             * @returns {otacast.v1.RemovePrincipalResponse} RemovePrincipalResponse instance
             * @type {{
             *   (properties: otacast.v1.RemovePrincipalResponse.$Shape): otacast.v1.RemovePrincipalResponse & otacast.v1.RemovePrincipalResponse.$Shape;
             *   (properties?: otacast.v1.RemovePrincipalResponse.$Properties): otacast.v1.RemovePrincipalResponse;
             * }}
             */
            RemovePrincipalResponse.create = function(properties) {
                return new RemovePrincipalResponse(properties);
            };

            /**
             * Encodes the specified RemovePrincipalResponse message. Does not implicitly {@link otacast.v1.RemovePrincipalResponse.verify|verify} messages.
             * @function encode
             * @memberof otacast.v1.RemovePrincipalResponse
             * @static
             * @param {otacast.v1.RemovePrincipalResponse.$Properties} message RemovePrincipalResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RemovePrincipalResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RemovePrincipalResponse message from the specified reader or buffer.
             * @function decode
             * @memberof otacast.v1.RemovePrincipalResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {otacast.v1.RemovePrincipalResponse & otacast.v1.RemovePrincipalResponse.$Shape} RemovePrincipalResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RemovePrincipalResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.otacast.v1.RemovePrincipalResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return RemovePrincipalResponse;
        })();

        v1.ListAuditRequest = (function() {

            /**
             * Properties of a ListAuditRequest.
             * @typedef {Object} otacast.v1.ListAuditRequest.$Properties
             * @property {number|null} [limit] ListAuditRequest limit
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ListAuditRequest.
             * @memberof otacast.v1
             * @interface IListAuditRequest
             * @augments otacast.v1.ListAuditRequest.$Properties
             * @deprecated Use otacast.v1.ListAuditRequest.$Properties instead.
             */

            /**
             * Shape of a ListAuditRequest.
             * @typedef {otacast.v1.ListAuditRequest.$Properties} otacast.v1.ListAuditRequest.$Shape
             */

            /**
             * Constructs a new ListAuditRequest.
             * @memberof otacast.v1
             * @classdesc Represents a ListAuditRequest.
             * @constructor
             * @param {otacast.v1.ListAuditRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ListAuditRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ListAuditRequest limit.
             * @member {number} limit
             * @memberof otacast.v1.ListAuditRequest
             * @instance
             */
            ListAuditRequest.prototype.limit = 0;

            /**
             * Creates a new ListAuditRequest instance using the specified properties.
             * @function create
             * @memberof otacast.v1.ListAuditRequest
             * @static
             * @param {otacast.v1.ListAuditRequest.$Properties=} [properties] Properties to set
             * @returns {otacast.v1.ListAuditRequest} ListAuditRequest instance
             * @type {{
             *   (properties: otacast.v1.ListAuditRequest.$Shape): otacast.v1.ListAuditRequest & otacast.v1.ListAuditRequest.$Shape;
             *   (properties?: otacast.v1.ListAuditRequest.$Properties): otacast.v1.ListAuditRequest;
             * }}
             */
            ListAuditRequest.create = function(properties) {
                return new ListAuditRequest(properties);
            };

            /**
             * Encodes the specified ListAuditRequest message. Does not implicitly {@link otacast.v1.ListAuditRequest.verify|verify} messages.
             * @function encode
             * @memberof otacast.v1.ListAuditRequest
             * @static
             * @param {otacast.v1.ListAuditRequest.$Properties} message ListAuditRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListAuditRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.limit != null && $Object.hasOwnProperty.call(message, "limit") && message.limit !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.limit);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ListAuditRequest message from the specified reader or buffer.
             * @function decode
             * @memberof otacast.v1.ListAuditRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {otacast.v1.ListAuditRequest & otacast.v1.ListAuditRequest.$Shape} ListAuditRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListAuditRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.otacast.v1.ListAuditRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.limit = value;
                            else
                                delete message.limit;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return ListAuditRequest;
        })();

        v1.AuditEntry = (function() {

            /**
             * Properties of an AuditEntry.
             * @typedef {Object} otacast.v1.AuditEntry.$Properties
             * @property {number|null} [atMs] AuditEntry atMs
             * @property {string|null} [principal] AuditEntry principal
             * @property {string|null} [role] AuditEntry role
             * @property {string|null} [action] AuditEntry action
             * @property {string|null} [target] AuditEntry target
             * @property {string|null} [from] AuditEntry from
             * @property {string|null} [result] AuditEntry result
             * @property {string|null} [detail] AuditEntry detail
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AuditEntry.
             * @memberof otacast.v1
             * @interface IAuditEntry
             * @augments otacast.v1.AuditEntry.$Properties
             * @deprecated Use otacast.v1.AuditEntry.$Properties instead.
             */

            /**
             * Shape of an AuditEntry.
             * @typedef {otacast.v1.AuditEntry.$Properties} otacast.v1.AuditEntry.$Shape
             */

            /**
             * Constructs a new AuditEntry.
             * @memberof otacast.v1
             * @classdesc Represents an AuditEntry.
             * @constructor
             * @param {otacast.v1.AuditEntry.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AuditEntry = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AuditEntry atMs.
             * @member {number} atMs
             * @memberof otacast.v1.AuditEntry
             * @instance
             */
            AuditEntry.prototype.atMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * AuditEntry principal.
             * @member {string} principal
             * @memberof otacast.v1.AuditEntry
             * @instance
             */
            AuditEntry.prototype.principal = "";

            /**
             * AuditEntry role.
             * @member {string} role
             * @memberof otacast.v1.AuditEntry
             * @instance
             */
            AuditEntry.prototype.role = "";

            /**
             * AuditEntry action.
             * @member {string} action
             * @memberof otacast.v1.AuditEntry
             * @instance
             */
            AuditEntry.prototype.action = "";

            /**
             * AuditEntry target.
             * @member {string} target
             * @memberof otacast.v1.AuditEntry
             * @instance
             */
            AuditEntry.prototype.target = "";

            /**
             * AuditEntry from.
             * @member {string} from
             * @memberof otacast.v1.AuditEntry
             * @instance
             */
            AuditEntry.prototype.from = "";

            /**
             * AuditEntry result.
             * @member {string} result
             * @memberof otacast.v1.AuditEntry
             * @instance
             */
            AuditEntry.prototype.result = "";

            /**
             * AuditEntry detail.
             * @member {string} detail
             * @memberof otacast.v1.AuditEntry
             * @instance
             */
            AuditEntry.prototype.detail = "";

            /**
             * Creates a new AuditEntry instance using the specified properties.
             * @function create
             * @memberof otacast.v1.AuditEntry
             * @static
             * @param {otacast.v1.AuditEntry.$Properties=} [properties] Properties to set
             * @returns {otacast.v1.AuditEntry} AuditEntry instance
             * @type {{
             *   (properties: otacast.v1.AuditEntry.$Shape): otacast.v1.AuditEntry & otacast.v1.AuditEntry.$Shape;
             *   (properties?: otacast.v1.AuditEntry.$Properties): otacast.v1.AuditEntry;
             * }}
             */
            AuditEntry.create = function(properties) {
                return new AuditEntry(properties);
            };

            /**
             * Encodes the specified AuditEntry message. Does not implicitly {@link otacast.v1.AuditEntry.verify|verify} messages.
             * @function encode
             * @memberof otacast.v1.AuditEntry
             * @static
             * @param {otacast.v1.AuditEntry.$Properties} message AuditEntry message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AuditEntry.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs") && (typeof message.atMs === "object" ? message.atMs.low || message.atMs.high : message.atMs !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.atMs);
                if (message.principal != null && $Object.hasOwnProperty.call(message, "principal") && message.principal !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.principal);
                if (message.role != null && $Object.hasOwnProperty.call(message, "role") && message.role !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.role);
                if (message.action != null && $Object.hasOwnProperty.call(message, "action") && message.action !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.action);
                if (message.target != null && $Object.hasOwnProperty.call(message, "target") && message.target !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.target);
                if (message.from != null && $Object.hasOwnProperty.call(message, "from") && message.from !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.from);
                if (message.result != null && $Object.hasOwnProperty.call(message, "result") && message.result !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.result);
                if (message.detail != null && $Object.hasOwnProperty.call(message, "detail") && message.detail !== "")
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.detail);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AuditEntry message from the specified reader or buffer.
             * @function decode
             * @memberof otacast.v1.AuditEntry
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {otacast.v1.AuditEntry & otacast.v1.AuditEntry.$Shape} AuditEntry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AuditEntry.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.otacast.v1.AuditEntry();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.atMs = value;
                            else
                                delete message.atMs;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.principal = value;
                            else
                                delete message.principal;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.role = value;
                            else
                                delete message.role;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.action = value;
                            else
                                delete message.action;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.target = value;
                            else
                                delete message.target;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.from = value;
                            else
                                delete message.from;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.result = value;
                            else
                                delete message.result;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.detail = value;
                            else
                                delete message.detail;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return AuditEntry;
        })();

        v1.ListAuditResponse = (function() {

            /**
             * Properties of a ListAuditResponse.
             * @typedef {Object} otacast.v1.ListAuditResponse.$Properties
             * @property {Array.<otacast.v1.AuditEntry.$Properties>|null} [entries] ListAuditResponse entries
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ListAuditResponse.
             * @memberof otacast.v1
             * @interface IListAuditResponse
             * @augments otacast.v1.ListAuditResponse.$Properties
             * @deprecated Use otacast.v1.ListAuditResponse.$Properties instead.
             */

            /**
             * Shape of a ListAuditResponse.
             * @typedef {otacast.v1.ListAuditResponse.$Properties} otacast.v1.ListAuditResponse.$Shape
             */

            /**
             * Constructs a new ListAuditResponse.
             * @memberof otacast.v1
             * @classdesc Represents a ListAuditResponse.
             * @constructor
             * @param {otacast.v1.ListAuditResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ListAuditResponse = function (properties) {
                this.entries = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ListAuditResponse entries.
             * @member {Array.<otacast.v1.AuditEntry.$Properties>} entries
             * @memberof otacast.v1.ListAuditResponse
             * @instance
             */
            ListAuditResponse.prototype.entries = $util.emptyArray;

            /**
             * Creates a new ListAuditResponse instance using the specified properties.
             * @function create
             * @memberof otacast.v1.ListAuditResponse
             * @static
             * @param {otacast.v1.ListAuditResponse.$Properties=} [properties] Properties to set
             * @returns {otacast.v1.ListAuditResponse} ListAuditResponse instance
             * @type {{
             *   (properties: otacast.v1.ListAuditResponse.$Shape): otacast.v1.ListAuditResponse & otacast.v1.ListAuditResponse.$Shape;
             *   (properties?: otacast.v1.ListAuditResponse.$Properties): otacast.v1.ListAuditResponse;
             * }}
             */
            ListAuditResponse.create = function(properties) {
                return new ListAuditResponse(properties);
            };

            /**
             * Encodes the specified ListAuditResponse message. Does not implicitly {@link otacast.v1.ListAuditResponse.verify|verify} messages.
             * @function encode
             * @memberof otacast.v1.ListAuditResponse
             * @static
             * @param {otacast.v1.ListAuditResponse.$Properties} message ListAuditResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListAuditResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.entries != null && message.entries.length)
                    for (let i = 0; i < message.entries.length; ++i)
                        $root.otacast.v1.AuditEntry.encode(message.entries[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ListAuditResponse message from the specified reader or buffer.
             * @function decode
             * @memberof otacast.v1.ListAuditResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {otacast.v1.ListAuditResponse & otacast.v1.ListAuditResponse.$Shape} ListAuditResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListAuditResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.otacast.v1.ListAuditResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.entries && message.entries.length))
                                message.entries = [];
                            message.entries.push($root.otacast.v1.AuditEntry.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return ListAuditResponse;
        })();

        v1.GcRequest = (function() {

            /**
             * Properties of a GcRequest.
             * @typedef {Object} otacast.v1.GcRequest.$Properties
             * @property {number|null} [keepPerChannel] GcRequest keepPerChannel
             * @property {boolean|null} [dryRun] GcRequest dryRun
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GcRequest.
             * @memberof otacast.v1
             * @interface IGcRequest
             * @augments otacast.v1.GcRequest.$Properties
             * @deprecated Use otacast.v1.GcRequest.$Properties instead.
             */

            /**
             * Shape of a GcRequest.
             * @typedef {otacast.v1.GcRequest.$Properties} otacast.v1.GcRequest.$Shape
             */

            /**
             * Constructs a new GcRequest.
             * @memberof otacast.v1
             * @classdesc Represents a GcRequest.
             * @constructor
             * @param {otacast.v1.GcRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const GcRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * GcRequest keepPerChannel.
             * @member {number} keepPerChannel
             * @memberof otacast.v1.GcRequest
             * @instance
             */
            GcRequest.prototype.keepPerChannel = 0;

            /**
             * GcRequest dryRun.
             * @member {boolean} dryRun
             * @memberof otacast.v1.GcRequest
             * @instance
             */
            GcRequest.prototype.dryRun = false;

            /**
             * Creates a new GcRequest instance using the specified properties.
             * @function create
             * @memberof otacast.v1.GcRequest
             * @static
             * @param {otacast.v1.GcRequest.$Properties=} [properties] Properties to set
             * @returns {otacast.v1.GcRequest} GcRequest instance
             * @type {{
             *   (properties: otacast.v1.GcRequest.$Shape): otacast.v1.GcRequest & otacast.v1.GcRequest.$Shape;
             *   (properties?: otacast.v1.GcRequest.$Properties): otacast.v1.GcRequest;
             * }}
             */
            GcRequest.create = function(properties) {
                return new GcRequest(properties);
            };

            /**
             * Encodes the specified GcRequest message. Does not implicitly {@link otacast.v1.GcRequest.verify|verify} messages.
             * @function encode
             * @memberof otacast.v1.GcRequest
             * @static
             * @param {otacast.v1.GcRequest.$Properties} message GcRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GcRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.keepPerChannel != null && $Object.hasOwnProperty.call(message, "keepPerChannel") && message.keepPerChannel !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.keepPerChannel);
                if (message.dryRun != null && $Object.hasOwnProperty.call(message, "dryRun") && message.dryRun !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.dryRun);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a GcRequest message from the specified reader or buffer.
             * @function decode
             * @memberof otacast.v1.GcRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {otacast.v1.GcRequest & otacast.v1.GcRequest.$Shape} GcRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GcRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.otacast.v1.GcRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.keepPerChannel = value;
                            else
                                delete message.keepPerChannel;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.dryRun = value;
                            else
                                delete message.dryRun;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return GcRequest;
        })();

        v1.GcResponse = (function() {

            /**
             * Properties of a GcResponse.
             * @typedef {Object} otacast.v1.GcResponse.$Properties
             * @property {number|null} [bytesFreed] GcResponse bytesFreed
             * @property {number|null} [blobsDeleted] GcResponse blobsDeleted
             * @property {number|null} [patchesDeleted] GcResponse patchesDeleted
             * @property {Array.<string>|null} [releasesDropped] GcResponse releasesDropped
             * @property {number|null} [blobsInGrace] GcResponse blobsInGrace
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GcResponse.
             * @memberof otacast.v1
             * @interface IGcResponse
             * @augments otacast.v1.GcResponse.$Properties
             * @deprecated Use otacast.v1.GcResponse.$Properties instead.
             */

            /**
             * Shape of a GcResponse.
             * @typedef {otacast.v1.GcResponse.$Properties} otacast.v1.GcResponse.$Shape
             */

            /**
             * Constructs a new GcResponse.
             * @memberof otacast.v1
             * @classdesc Represents a GcResponse.
             * @constructor
             * @param {otacast.v1.GcResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const GcResponse = function (properties) {
                this.releasesDropped = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * GcResponse bytesFreed.
             * @member {number} bytesFreed
             * @memberof otacast.v1.GcResponse
             * @instance
             */
            GcResponse.prototype.bytesFreed = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * GcResponse blobsDeleted.
             * @member {number} blobsDeleted
             * @memberof otacast.v1.GcResponse
             * @instance
             */
            GcResponse.prototype.blobsDeleted = 0;

            /**
             * GcResponse patchesDeleted.
             * @member {number} patchesDeleted
             * @memberof otacast.v1.GcResponse
             * @instance
             */
            GcResponse.prototype.patchesDeleted = 0;

            /**
             * GcResponse releasesDropped.
             * @member {Array.<string>} releasesDropped
             * @memberof otacast.v1.GcResponse
             * @instance
             */
            GcResponse.prototype.releasesDropped = $util.emptyArray;

            /**
             * GcResponse blobsInGrace.
             * @member {number} blobsInGrace
             * @memberof otacast.v1.GcResponse
             * @instance
             */
            GcResponse.prototype.blobsInGrace = 0;

            /**
             * Creates a new GcResponse instance using the specified properties.
             * @function create
             * @memberof otacast.v1.GcResponse
             * @static
             * @param {otacast.v1.GcResponse.$Properties=} [properties] Properties to set
             * @returns {otacast.v1.GcResponse} GcResponse instance
             * @type {{
             *   (properties: otacast.v1.GcResponse.$Shape): otacast.v1.GcResponse & otacast.v1.GcResponse.$Shape;
             *   (properties?: otacast.v1.GcResponse.$Properties): otacast.v1.GcResponse;
             * }}
             */
            GcResponse.create = function(properties) {
                return new GcResponse(properties);
            };

            /**
             * Encodes the specified GcResponse message. Does not implicitly {@link otacast.v1.GcResponse.verify|verify} messages.
             * @function encode
             * @memberof otacast.v1.GcResponse
             * @static
             * @param {otacast.v1.GcResponse.$Properties} message GcResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GcResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.bytesFreed != null && $Object.hasOwnProperty.call(message, "bytesFreed") && (typeof message.bytesFreed === "object" ? message.bytesFreed.low || message.bytesFreed.high : message.bytesFreed !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.bytesFreed);
                if (message.blobsDeleted != null && $Object.hasOwnProperty.call(message, "blobsDeleted") && message.blobsDeleted !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.blobsDeleted);
                if (message.patchesDeleted != null && $Object.hasOwnProperty.call(message, "patchesDeleted") && message.patchesDeleted !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.patchesDeleted);
                if (message.releasesDropped != null && message.releasesDropped.length)
                    for (let i = 0; i < message.releasesDropped.length; ++i)
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.releasesDropped[i]);
                if (message.blobsInGrace != null && $Object.hasOwnProperty.call(message, "blobsInGrace") && message.blobsInGrace !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.blobsInGrace);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a GcResponse message from the specified reader or buffer.
             * @function decode
             * @memberof otacast.v1.GcResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {otacast.v1.GcResponse & otacast.v1.GcResponse.$Shape} GcResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GcResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.otacast.v1.GcResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.bytesFreed = value;
                            else
                                delete message.bytesFreed;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.blobsDeleted = value;
                            else
                                delete message.blobsDeleted;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.patchesDeleted = value;
                            else
                                delete message.patchesDeleted;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.releasesDropped && message.releasesDropped.length))
                                message.releasesDropped = [];
                            message.releasesDropped.push(reader.stringVerify());
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.blobsInGrace = value;
                            else
                                delete message.blobsInGrace;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return GcResponse;
        })();

        /**
         * AgentState enum.
         * @name otacast.v1.AgentState
         * @enum {number}
         * @property {number} AGENT_STATE_UNSPECIFIED=0 AGENT_STATE_UNSPECIFIED value
         * @property {number} AGENT_STATE_IDLE=1 AGENT_STATE_IDLE value
         * @property {number} AGENT_STATE_CHECKING=2 AGENT_STATE_CHECKING value
         * @property {number} AGENT_STATE_DOWNLOADING=3 AGENT_STATE_DOWNLOADING value
         * @property {number} AGENT_STATE_VERIFYING=4 AGENT_STATE_VERIFYING value
         * @property {number} AGENT_STATE_INSTALLING=5 AGENT_STATE_INSTALLING value
         * @property {number} AGENT_STATE_AWAITING_COMMIT=6 AGENT_STATE_AWAITING_COMMIT value
         * @property {number} AGENT_STATE_ROLLING_BACK=7 AGENT_STATE_ROLLING_BACK value
         * @property {number} AGENT_STATE_FAILED=8 AGENT_STATE_FAILED value
         */
        v1.AgentState = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "AGENT_STATE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "AGENT_STATE_IDLE"] = 1;
            values[valuesById[2] = "AGENT_STATE_CHECKING"] = 2;
            values[valuesById[3] = "AGENT_STATE_DOWNLOADING"] = 3;
            values[valuesById[4] = "AGENT_STATE_VERIFYING"] = 4;
            values[valuesById[5] = "AGENT_STATE_INSTALLING"] = 5;
            values[valuesById[6] = "AGENT_STATE_AWAITING_COMMIT"] = 6;
            values[valuesById[7] = "AGENT_STATE_ROLLING_BACK"] = 7;
            values[valuesById[8] = "AGENT_STATE_FAILED"] = 8;
            return values;
        })();

        /**
         * Outcome enum.
         * @name otacast.v1.Outcome
         * @enum {number}
         * @property {number} OUTCOME_UNSPECIFIED=0 OUTCOME_UNSPECIFIED value
         * @property {number} OUTCOME_IN_PROGRESS=1 OUTCOME_IN_PROGRESS value
         * @property {number} OUTCOME_INSTALLED=2 OUTCOME_INSTALLED value
         * @property {number} OUTCOME_ALREADY_CURRENT=3 OUTCOME_ALREADY_CURRENT value
         * @property {number} OUTCOME_REFUSED=4 OUTCOME_REFUSED value
         * @property {number} OUTCOME_FAILED=5 OUTCOME_FAILED value
         * @property {number} OUTCOME_ROLLED_BACK=6 OUTCOME_ROLLED_BACK value
         * @property {number} OUTCOME_INCOMPATIBLE=7 OUTCOME_INCOMPATIBLE value
         */
        v1.Outcome = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "OUTCOME_UNSPECIFIED"] = 0;
            values[valuesById[1] = "OUTCOME_IN_PROGRESS"] = 1;
            values[valuesById[2] = "OUTCOME_INSTALLED"] = 2;
            values[valuesById[3] = "OUTCOME_ALREADY_CURRENT"] = 3;
            values[valuesById[4] = "OUTCOME_REFUSED"] = 4;
            values[valuesById[5] = "OUTCOME_FAILED"] = 5;
            values[valuesById[6] = "OUTCOME_ROLLED_BACK"] = 6;
            values[valuesById[7] = "OUTCOME_INCOMPATIBLE"] = 7;
            return values;
        })();

        v1.DeviceStatus = (function() {

            /**
             * Properties of a DeviceStatus.
             * @typedef {Object} otacast.v1.DeviceStatus.$Properties
             * @property {number|null} [seq] DeviceStatus seq
             * @property {number|null} [timestampMs] DeviceStatus timestampMs
             * @property {otacast.v1.AgentState|null} [state] DeviceStatus state
             * @property {otacast.v1.Outcome|null} [outcome] DeviceStatus outcome
             * @property {string|null} [releaseId] DeviceStatus releaseId
             * @property {string|null} [targetVersion] DeviceStatus targetVersion
             * @property {string|null} [installedVersion] DeviceStatus installedVersion
             * @property {Object.<string,string>|null} [components] DeviceStatus components
             * @property {string|null} [errorCode] DeviceStatus errorCode
             * @property {string|null} [message] DeviceStatus message
             * @property {number|null} [bytesDone] DeviceStatus bytesDone
             * @property {number|null} [bytesTotal] DeviceStatus bytesTotal
             * @property {string|null} [hardware] DeviceStatus hardware
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DeviceStatus.
             * @memberof otacast.v1
             * @interface IDeviceStatus
             * @augments otacast.v1.DeviceStatus.$Properties
             * @deprecated Use otacast.v1.DeviceStatus.$Properties instead.
             */

            /**
             * Shape of a DeviceStatus.
             * @typedef {otacast.v1.DeviceStatus.$Properties} otacast.v1.DeviceStatus.$Shape
             */

            /**
             * Constructs a new DeviceStatus.
             * @memberof otacast.v1
             * @classdesc Represents a DeviceStatus.
             * @constructor
             * @param {otacast.v1.DeviceStatus.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DeviceStatus = function (properties) {
                this.components = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DeviceStatus seq.
             * @member {number} seq
             * @memberof otacast.v1.DeviceStatus
             * @instance
             */
            DeviceStatus.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * DeviceStatus timestampMs.
             * @member {number} timestampMs
             * @memberof otacast.v1.DeviceStatus
             * @instance
             */
            DeviceStatus.prototype.timestampMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * DeviceStatus state.
             * @member {otacast.v1.AgentState} state
             * @memberof otacast.v1.DeviceStatus
             * @instance
             */
            DeviceStatus.prototype.state = 0;

            /**
             * DeviceStatus outcome.
             * @member {otacast.v1.Outcome} outcome
             * @memberof otacast.v1.DeviceStatus
             * @instance
             */
            DeviceStatus.prototype.outcome = 0;

            /**
             * DeviceStatus releaseId.
             * @member {string} releaseId
             * @memberof otacast.v1.DeviceStatus
             * @instance
             */
            DeviceStatus.prototype.releaseId = "";

            /**
             * DeviceStatus targetVersion.
             * @member {string} targetVersion
             * @memberof otacast.v1.DeviceStatus
             * @instance
             */
            DeviceStatus.prototype.targetVersion = "";

            /**
             * DeviceStatus installedVersion.
             * @member {string} installedVersion
             * @memberof otacast.v1.DeviceStatus
             * @instance
             */
            DeviceStatus.prototype.installedVersion = "";

            /**
             * DeviceStatus components.
             * @member {Object.<string,string>} components
             * @memberof otacast.v1.DeviceStatus
             * @instance
             */
            DeviceStatus.prototype.components = $util.emptyObject;

            /**
             * DeviceStatus errorCode.
             * @member {string} errorCode
             * @memberof otacast.v1.DeviceStatus
             * @instance
             */
            DeviceStatus.prototype.errorCode = "";

            /**
             * DeviceStatus message.
             * @member {string} message
             * @memberof otacast.v1.DeviceStatus
             * @instance
             */
            DeviceStatus.prototype.message = "";

            /**
             * DeviceStatus bytesDone.
             * @member {number} bytesDone
             * @memberof otacast.v1.DeviceStatus
             * @instance
             */
            DeviceStatus.prototype.bytesDone = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * DeviceStatus bytesTotal.
             * @member {number} bytesTotal
             * @memberof otacast.v1.DeviceStatus
             * @instance
             */
            DeviceStatus.prototype.bytesTotal = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * DeviceStatus hardware.
             * @member {string} hardware
             * @memberof otacast.v1.DeviceStatus
             * @instance
             */
            DeviceStatus.prototype.hardware = "";

            /**
             * Creates a new DeviceStatus instance using the specified properties.
             * @function create
             * @memberof otacast.v1.DeviceStatus
             * @static
             * @param {otacast.v1.DeviceStatus.$Properties=} [properties] Properties to set
             * @returns {otacast.v1.DeviceStatus} DeviceStatus instance
             * @type {{
             *   (properties: otacast.v1.DeviceStatus.$Shape): otacast.v1.DeviceStatus & otacast.v1.DeviceStatus.$Shape;
             *   (properties?: otacast.v1.DeviceStatus.$Properties): otacast.v1.DeviceStatus;
             * }}
             */
            DeviceStatus.create = function(properties) {
                return new DeviceStatus(properties);
            };

            /**
             * Encodes the specified DeviceStatus message. Does not implicitly {@link otacast.v1.DeviceStatus.verify|verify} messages.
             * @function encode
             * @memberof otacast.v1.DeviceStatus
             * @static
             * @param {otacast.v1.DeviceStatus.$Properties} message DeviceStatus message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeviceStatus.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.seq);
                if (message.timestampMs != null && $Object.hasOwnProperty.call(message, "timestampMs") && (typeof message.timestampMs === "object" ? message.timestampMs.low || message.timestampMs.high : message.timestampMs !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.timestampMs);
                if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.state);
                if (message.outcome != null && $Object.hasOwnProperty.call(message, "outcome") && message.outcome !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).int32(message.outcome);
                if (message.releaseId != null && $Object.hasOwnProperty.call(message, "releaseId") && message.releaseId !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.releaseId);
                if (message.targetVersion != null && $Object.hasOwnProperty.call(message, "targetVersion") && message.targetVersion !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.targetVersion);
                if (message.installedVersion != null && $Object.hasOwnProperty.call(message, "installedVersion") && message.installedVersion !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.installedVersion);
                if (message.components != null && $Object.hasOwnProperty.call(message, "components"))
                    for (let keys = $Object.keys(message.components), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 8, wireType 2 =*/66).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.components[keys[i]]).ldelim();
                if (message.errorCode != null && $Object.hasOwnProperty.call(message, "errorCode") && message.errorCode !== "")
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.errorCode);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 10, wireType 2 =*/82).string(message.message);
                if (message.bytesDone != null && $Object.hasOwnProperty.call(message, "bytesDone") && (typeof message.bytesDone === "object" ? message.bytesDone.low || message.bytesDone.high : message.bytesDone !== 0))
                    writer.uint32(/* id 11, wireType 0 =*/88).uint64(message.bytesDone);
                if (message.bytesTotal != null && $Object.hasOwnProperty.call(message, "bytesTotal") && (typeof message.bytesTotal === "object" ? message.bytesTotal.low || message.bytesTotal.high : message.bytesTotal !== 0))
                    writer.uint32(/* id 12, wireType 0 =*/96).uint64(message.bytesTotal);
                if (message.hardware != null && $Object.hasOwnProperty.call(message, "hardware") && message.hardware !== "")
                    writer.uint32(/* id 13, wireType 2 =*/106).string(message.hardware);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DeviceStatus message from the specified reader or buffer.
             * @function decode
             * @memberof otacast.v1.DeviceStatus
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {otacast.v1.DeviceStatus & otacast.v1.DeviceStatus.$Shape} DeviceStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeviceStatus.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.otacast.v1.DeviceStatus();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.timestampMs = value;
                            else
                                delete message.timestampMs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.state = value;
                            else
                                delete message.state;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.outcome = value;
                            else
                                delete message.outcome;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.releaseId = value;
                            else
                                delete message.releaseId;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.targetVersion = value;
                            else
                                delete message.targetVersion;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.installedVersion = value;
                            else
                                delete message.installedVersion;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if (message.components === $util.emptyObject)
                                message.components = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.components, key);
                            message.components[key] = value;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.errorCode = value;
                            else
                                delete message.errorCode;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.bytesDone = value;
                            else
                                delete message.bytesDone;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.bytesTotal = value;
                            else
                                delete message.bytesTotal;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.hardware = value;
                            else
                                delete message.hardware;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return DeviceStatus;
        })();

        v1.Command = (function() {

            /**
             * Properties of a Command.
             * @typedef {Object} otacast.v1.Command.$Properties
             * @property {otacast.v1.StatusAck.$Properties|null} [ack] Command ack
             * @property {otacast.v1.ErrorNotice.$Properties|null} [error] Command error
             * @property {"ack"|"error"} [body] Command body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Command.
             * @memberof otacast.v1
             * @interface ICommand
             * @augments otacast.v1.Command.$Properties
             * @deprecated Use otacast.v1.Command.$Properties instead.
             */

            /**
             * Narrowed shape of a Command.
             * @typedef {{
             *   ack?: otacast.v1.StatusAck.$Shape|null;
             *   error?: otacast.v1.ErrorNotice.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; ack?: null; error?: null }|{ body?: "ack"; ack: otacast.v1.StatusAck.$Shape; error?: null }|{ body?: "error"; ack?: null; error: otacast.v1.ErrorNotice.$Shape })
             * )} otacast.v1.Command.$Shape
             */

            /**
             * Constructs a new Command.
             * @memberof otacast.v1
             * @classdesc Represents a Command.
             * @constructor
             * @param {otacast.v1.Command.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Command = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Command ack.
             * @member {otacast.v1.StatusAck.$Properties|null|undefined} ack
             * @memberof otacast.v1.Command
             * @instance
             */
            Command.prototype.ack = null;

            /**
             * Command error.
             * @member {otacast.v1.ErrorNotice.$Properties|null|undefined} error
             * @memberof otacast.v1.Command
             * @instance
             */
            Command.prototype.error = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Command body.
             * @member {"ack"|"error"|undefined} body
             * @memberof otacast.v1.Command
             * @instance
             */
            $Object.defineProperty(Command.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["ack", "error"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Command instance using the specified properties.
             * @function create
             * @memberof otacast.v1.Command
             * @static
             * @param {otacast.v1.Command.$Properties=} [properties] Properties to set
             * @returns {otacast.v1.Command} Command instance
             * @type {{
             *   (properties: otacast.v1.Command.$Shape): otacast.v1.Command & otacast.v1.Command.$Shape;
             *   (properties?: otacast.v1.Command.$Properties): otacast.v1.Command;
             * }}
             */
            Command.create = function(properties) {
                return new Command(properties);
            };

            /**
             * Encodes the specified Command message. Does not implicitly {@link otacast.v1.Command.verify|verify} messages.
             * @function encode
             * @memberof otacast.v1.Command
             * @static
             * @param {otacast.v1.Command.$Properties} message Command message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Command.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.ack != null && $Object.hasOwnProperty.call(message, "ack"))
                    $root.otacast.v1.StatusAck.encode(message.ack, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.otacast.v1.ErrorNotice.encode(message.error, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Command message from the specified reader or buffer.
             * @function decode
             * @memberof otacast.v1.Command
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {otacast.v1.Command & otacast.v1.Command.$Shape} Command
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Command.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.otacast.v1.Command();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.ack = $root.otacast.v1.StatusAck.decode(reader, reader.size(), $undefined, _depth + 1, message.ack);
                            message.body = "ack";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.otacast.v1.ErrorNotice.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            message.body = "error";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Command;
        })();

        v1.StatusAck = (function() {

            /**
             * Properties of a StatusAck.
             * @typedef {Object} otacast.v1.StatusAck.$Properties
             * @property {number|null} [seq] StatusAck seq
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StatusAck.
             * @memberof otacast.v1
             * @interface IStatusAck
             * @augments otacast.v1.StatusAck.$Properties
             * @deprecated Use otacast.v1.StatusAck.$Properties instead.
             */

            /**
             * Shape of a StatusAck.
             * @typedef {otacast.v1.StatusAck.$Properties} otacast.v1.StatusAck.$Shape
             */

            /**
             * Constructs a new StatusAck.
             * @memberof otacast.v1
             * @classdesc Represents a StatusAck.
             * @constructor
             * @param {otacast.v1.StatusAck.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const StatusAck = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * StatusAck seq.
             * @member {number} seq
             * @memberof otacast.v1.StatusAck
             * @instance
             */
            StatusAck.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new StatusAck instance using the specified properties.
             * @function create
             * @memberof otacast.v1.StatusAck
             * @static
             * @param {otacast.v1.StatusAck.$Properties=} [properties] Properties to set
             * @returns {otacast.v1.StatusAck} StatusAck instance
             * @type {{
             *   (properties: otacast.v1.StatusAck.$Shape): otacast.v1.StatusAck & otacast.v1.StatusAck.$Shape;
             *   (properties?: otacast.v1.StatusAck.$Properties): otacast.v1.StatusAck;
             * }}
             */
            StatusAck.create = function(properties) {
                return new StatusAck(properties);
            };

            /**
             * Encodes the specified StatusAck message. Does not implicitly {@link otacast.v1.StatusAck.verify|verify} messages.
             * @function encode
             * @memberof otacast.v1.StatusAck
             * @static
             * @param {otacast.v1.StatusAck.$Properties} message StatusAck message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StatusAck.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.seq);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a StatusAck message from the specified reader or buffer.
             * @function decode
             * @memberof otacast.v1.StatusAck
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {otacast.v1.StatusAck & otacast.v1.StatusAck.$Shape} StatusAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StatusAck.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.otacast.v1.StatusAck();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return StatusAck;
        })();

        v1.ErrorNotice = (function() {

            /**
             * Properties of an ErrorNotice.
             * @typedef {Object} otacast.v1.ErrorNotice.$Properties
             * @property {string|null} [code] ErrorNotice code
             * @property {string|null} [message] ErrorNotice message
             * @property {string|null} [topic] ErrorNotice topic
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ErrorNotice.
             * @memberof otacast.v1
             * @interface IErrorNotice
             * @augments otacast.v1.ErrorNotice.$Properties
             * @deprecated Use otacast.v1.ErrorNotice.$Properties instead.
             */

            /**
             * Shape of an ErrorNotice.
             * @typedef {otacast.v1.ErrorNotice.$Properties} otacast.v1.ErrorNotice.$Shape
             */

            /**
             * Constructs a new ErrorNotice.
             * @memberof otacast.v1
             * @classdesc Represents an ErrorNotice.
             * @constructor
             * @param {otacast.v1.ErrorNotice.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ErrorNotice = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ErrorNotice code.
             * @member {string} code
             * @memberof otacast.v1.ErrorNotice
             * @instance
             */
            ErrorNotice.prototype.code = "";

            /**
             * ErrorNotice message.
             * @member {string} message
             * @memberof otacast.v1.ErrorNotice
             * @instance
             */
            ErrorNotice.prototype.message = "";

            /**
             * ErrorNotice topic.
             * @member {string} topic
             * @memberof otacast.v1.ErrorNotice
             * @instance
             */
            ErrorNotice.prototype.topic = "";

            /**
             * Creates a new ErrorNotice instance using the specified properties.
             * @function create
             * @memberof otacast.v1.ErrorNotice
             * @static
             * @param {otacast.v1.ErrorNotice.$Properties=} [properties] Properties to set
             * @returns {otacast.v1.ErrorNotice} ErrorNotice instance
             * @type {{
             *   (properties: otacast.v1.ErrorNotice.$Shape): otacast.v1.ErrorNotice & otacast.v1.ErrorNotice.$Shape;
             *   (properties?: otacast.v1.ErrorNotice.$Properties): otacast.v1.ErrorNotice;
             * }}
             */
            ErrorNotice.create = function(properties) {
                return new ErrorNotice(properties);
            };

            /**
             * Encodes the specified ErrorNotice message. Does not implicitly {@link otacast.v1.ErrorNotice.verify|verify} messages.
             * @function encode
             * @memberof otacast.v1.ErrorNotice
             * @static
             * @param {otacast.v1.ErrorNotice.$Properties} message ErrorNotice message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ErrorNotice.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.code);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.message);
                if (message.topic != null && $Object.hasOwnProperty.call(message, "topic") && message.topic !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.topic);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an ErrorNotice message from the specified reader or buffer.
             * @function decode
             * @memberof otacast.v1.ErrorNotice
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {otacast.v1.ErrorNotice & otacast.v1.ErrorNotice.$Shape} ErrorNotice
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ErrorNotice.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.otacast.v1.ErrorNotice();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.code = value;
                            else
                                delete message.code;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.topic = value;
                            else
                                delete message.topic;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return ErrorNotice;
        })();

        v1.Assignment = (function() {

            /**
             * Properties of an Assignment.
             * @typedef {Object} otacast.v1.Assignment.$Properties
             * @property {string|null} [rolloutId] Assignment rolloutId
             * @property {Uint8Array|null} [signedManifest] Assignment signedManifest
             * @property {boolean|null} [cancel] Assignment cancel
             * @property {string|null} [releaseId] Assignment releaseId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Assignment.
             * @memberof otacast.v1
             * @interface IAssignment
             * @augments otacast.v1.Assignment.$Properties
             * @deprecated Use otacast.v1.Assignment.$Properties instead.
             */

            /**
             * Shape of an Assignment.
             * @typedef {otacast.v1.Assignment.$Properties} otacast.v1.Assignment.$Shape
             */

            /**
             * Constructs a new Assignment.
             * @memberof otacast.v1
             * @classdesc Represents an Assignment.
             * @constructor
             * @param {otacast.v1.Assignment.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Assignment = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Assignment rolloutId.
             * @member {string} rolloutId
             * @memberof otacast.v1.Assignment
             * @instance
             */
            Assignment.prototype.rolloutId = "";

            /**
             * Assignment signedManifest.
             * @member {Uint8Array} signedManifest
             * @memberof otacast.v1.Assignment
             * @instance
             */
            Assignment.prototype.signedManifest = $util.newBuffer([]);

            /**
             * Assignment cancel.
             * @member {boolean} cancel
             * @memberof otacast.v1.Assignment
             * @instance
             */
            Assignment.prototype.cancel = false;

            /**
             * Assignment releaseId.
             * @member {string} releaseId
             * @memberof otacast.v1.Assignment
             * @instance
             */
            Assignment.prototype.releaseId = "";

            /**
             * Creates a new Assignment instance using the specified properties.
             * @function create
             * @memberof otacast.v1.Assignment
             * @static
             * @param {otacast.v1.Assignment.$Properties=} [properties] Properties to set
             * @returns {otacast.v1.Assignment} Assignment instance
             * @type {{
             *   (properties: otacast.v1.Assignment.$Shape): otacast.v1.Assignment & otacast.v1.Assignment.$Shape;
             *   (properties?: otacast.v1.Assignment.$Properties): otacast.v1.Assignment;
             * }}
             */
            Assignment.create = function(properties) {
                return new Assignment(properties);
            };

            /**
             * Encodes the specified Assignment message. Does not implicitly {@link otacast.v1.Assignment.verify|verify} messages.
             * @function encode
             * @memberof otacast.v1.Assignment
             * @static
             * @param {otacast.v1.Assignment.$Properties} message Assignment message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Assignment.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.rolloutId != null && $Object.hasOwnProperty.call(message, "rolloutId") && message.rolloutId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.rolloutId);
                if (message.signedManifest != null && $Object.hasOwnProperty.call(message, "signedManifest") && message.signedManifest.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.signedManifest);
                if (message.cancel != null && $Object.hasOwnProperty.call(message, "cancel") && message.cancel !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.cancel);
                if (message.releaseId != null && $Object.hasOwnProperty.call(message, "releaseId") && message.releaseId !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.releaseId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Assignment message from the specified reader or buffer.
             * @function decode
             * @memberof otacast.v1.Assignment
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {otacast.v1.Assignment & otacast.v1.Assignment.$Shape} Assignment
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Assignment.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.otacast.v1.Assignment();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.rolloutId = value;
                            else
                                delete message.rolloutId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signedManifest = value;
                            else
                                delete message.signedManifest;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.cancel = value;
                            else
                                delete message.cancel;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.releaseId = value;
                            else
                                delete message.releaseId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Assignment;
        })();

        v1.SignedManifest = (function() {

            /**
             * Properties of a SignedManifest.
             * @typedef {Object} otacast.v1.SignedManifest.$Properties
             * @property {Uint8Array|null} [manifest] SignedManifest manifest
             * @property {Array.<otacast.v1.Signature.$Properties>|null} [signatures] SignedManifest signatures
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SignedManifest.
             * @memberof otacast.v1
             * @interface ISignedManifest
             * @augments otacast.v1.SignedManifest.$Properties
             * @deprecated Use otacast.v1.SignedManifest.$Properties instead.
             */

            /**
             * Shape of a SignedManifest.
             * @typedef {otacast.v1.SignedManifest.$Properties} otacast.v1.SignedManifest.$Shape
             */

            /**
             * Constructs a new SignedManifest.
             * @memberof otacast.v1
             * @classdesc Represents a SignedManifest.
             * @constructor
             * @param {otacast.v1.SignedManifest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SignedManifest = function (properties) {
                this.signatures = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SignedManifest manifest.
             * @member {Uint8Array} manifest
             * @memberof otacast.v1.SignedManifest
             * @instance
             */
            SignedManifest.prototype.manifest = $util.newBuffer([]);

            /**
             * SignedManifest signatures.
             * @member {Array.<otacast.v1.Signature.$Properties>} signatures
             * @memberof otacast.v1.SignedManifest
             * @instance
             */
            SignedManifest.prototype.signatures = $util.emptyArray;

            /**
             * Creates a new SignedManifest instance using the specified properties.
             * @function create
             * @memberof otacast.v1.SignedManifest
             * @static
             * @param {otacast.v1.SignedManifest.$Properties=} [properties] Properties to set
             * @returns {otacast.v1.SignedManifest} SignedManifest instance
             * @type {{
             *   (properties: otacast.v1.SignedManifest.$Shape): otacast.v1.SignedManifest & otacast.v1.SignedManifest.$Shape;
             *   (properties?: otacast.v1.SignedManifest.$Properties): otacast.v1.SignedManifest;
             * }}
             */
            SignedManifest.create = function(properties) {
                return new SignedManifest(properties);
            };

            /**
             * Encodes the specified SignedManifest message. Does not implicitly {@link otacast.v1.SignedManifest.verify|verify} messages.
             * @function encode
             * @memberof otacast.v1.SignedManifest
             * @static
             * @param {otacast.v1.SignedManifest.$Properties} message SignedManifest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SignedManifest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.manifest != null && $Object.hasOwnProperty.call(message, "manifest") && message.manifest.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.manifest);
                if (message.signatures != null && message.signatures.length)
                    for (let i = 0; i < message.signatures.length; ++i)
                        $root.otacast.v1.Signature.encode(message.signatures[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SignedManifest message from the specified reader or buffer.
             * @function decode
             * @memberof otacast.v1.SignedManifest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {otacast.v1.SignedManifest & otacast.v1.SignedManifest.$Shape} SignedManifest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SignedManifest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.otacast.v1.SignedManifest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.manifest = value;
                            else
                                delete message.manifest;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.signatures && message.signatures.length))
                                message.signatures = [];
                            message.signatures.push($root.otacast.v1.Signature.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return SignedManifest;
        })();

        v1.Signature = (function() {

            /**
             * Properties of a Signature.
             * @typedef {Object} otacast.v1.Signature.$Properties
             * @property {string|null} [keyId] Signature keyId
             * @property {Uint8Array|null} [signature] Signature signature
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Signature.
             * @memberof otacast.v1
             * @interface ISignature
             * @augments otacast.v1.Signature.$Properties
             * @deprecated Use otacast.v1.Signature.$Properties instead.
             */

            /**
             * Shape of a Signature.
             * @typedef {otacast.v1.Signature.$Properties} otacast.v1.Signature.$Shape
             */

            /**
             * Constructs a new Signature.
             * @memberof otacast.v1
             * @classdesc Represents a Signature.
             * @constructor
             * @param {otacast.v1.Signature.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Signature = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Signature keyId.
             * @member {string} keyId
             * @memberof otacast.v1.Signature
             * @instance
             */
            Signature.prototype.keyId = "";

            /**
             * Signature signature.
             * @member {Uint8Array} signature
             * @memberof otacast.v1.Signature
             * @instance
             */
            Signature.prototype.signature = $util.newBuffer([]);

            /**
             * Creates a new Signature instance using the specified properties.
             * @function create
             * @memberof otacast.v1.Signature
             * @static
             * @param {otacast.v1.Signature.$Properties=} [properties] Properties to set
             * @returns {otacast.v1.Signature} Signature instance
             * @type {{
             *   (properties: otacast.v1.Signature.$Shape): otacast.v1.Signature & otacast.v1.Signature.$Shape;
             *   (properties?: otacast.v1.Signature.$Properties): otacast.v1.Signature;
             * }}
             */
            Signature.create = function(properties) {
                return new Signature(properties);
            };

            /**
             * Encodes the specified Signature message. Does not implicitly {@link otacast.v1.Signature.verify|verify} messages.
             * @function encode
             * @memberof otacast.v1.Signature
             * @static
             * @param {otacast.v1.Signature.$Properties} message Signature message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Signature.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.keyId != null && $Object.hasOwnProperty.call(message, "keyId") && message.keyId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.keyId);
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.signature);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Signature message from the specified reader or buffer.
             * @function decode
             * @memberof otacast.v1.Signature
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {otacast.v1.Signature & otacast.v1.Signature.$Shape} Signature
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Signature.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.otacast.v1.Signature();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.keyId = value;
                            else
                                delete message.keyId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signature = value;
                            else
                                delete message.signature;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Signature;
        })();

        /**
         * ComponentType enum.
         * @name otacast.v1.ComponentType
         * @enum {number}
         * @property {number} COMPONENT_TYPE_UNSPECIFIED=0 COMPONENT_TYPE_UNSPECIFIED value
         * @property {number} COMPONENT_TYPE_FILE=1 COMPONENT_TYPE_FILE value
         * @property {number} COMPONENT_TYPE_ARCHIVE=2 COMPONENT_TYPE_ARCHIVE value
         * @property {number} COMPONENT_TYPE_IMAGE=3 COMPONENT_TYPE_IMAGE value
         * @property {number} COMPONENT_TYPE_COMMAND=4 COMPONENT_TYPE_COMMAND value
         * @property {number} COMPONENT_TYPE_AGENT=5 COMPONENT_TYPE_AGENT value
         */
        v1.ComponentType = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "COMPONENT_TYPE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "COMPONENT_TYPE_FILE"] = 1;
            values[valuesById[2] = "COMPONENT_TYPE_ARCHIVE"] = 2;
            values[valuesById[3] = "COMPONENT_TYPE_IMAGE"] = 3;
            values[valuesById[4] = "COMPONENT_TYPE_COMMAND"] = 4;
            values[valuesById[5] = "COMPONENT_TYPE_AGENT"] = 5;
            return values;
        })();

        v1.Manifest = (function() {

            /**
             * Properties of a Manifest.
             * @typedef {Object} otacast.v1.Manifest.$Properties
             * @property {string|null} [product] Manifest product
             * @property {string|null} [version] Manifest version
             * @property {string|null} [channel] Manifest channel
             * @property {number|null} [createdAtMs] Manifest createdAtMs
             * @property {number|null} [expiresAtMs] Manifest expiresAtMs
             * @property {Array.<string>|null} [hardware] Manifest hardware
             * @property {Array.<otacast.v1.Component.$Properties>|null} [components] Manifest components
             * @property {boolean|null} [rollback] Manifest rollback
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Manifest.
             * @memberof otacast.v1
             * @interface IManifest
             * @augments otacast.v1.Manifest.$Properties
             * @deprecated Use otacast.v1.Manifest.$Properties instead.
             */

            /**
             * Shape of a Manifest.
             * @typedef {otacast.v1.Manifest.$Properties} otacast.v1.Manifest.$Shape
             */

            /**
             * Constructs a new Manifest.
             * @memberof otacast.v1
             * @classdesc Represents a Manifest.
             * @constructor
             * @param {otacast.v1.Manifest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Manifest = function (properties) {
                this.hardware = [];
                this.components = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Manifest product.
             * @member {string} product
             * @memberof otacast.v1.Manifest
             * @instance
             */
            Manifest.prototype.product = "";

            /**
             * Manifest version.
             * @member {string} version
             * @memberof otacast.v1.Manifest
             * @instance
             */
            Manifest.prototype.version = "";

            /**
             * Manifest channel.
             * @member {string} channel
             * @memberof otacast.v1.Manifest
             * @instance
             */
            Manifest.prototype.channel = "";

            /**
             * Manifest createdAtMs.
             * @member {number} createdAtMs
             * @memberof otacast.v1.Manifest
             * @instance
             */
            Manifest.prototype.createdAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Manifest expiresAtMs.
             * @member {number} expiresAtMs
             * @memberof otacast.v1.Manifest
             * @instance
             */
            Manifest.prototype.expiresAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Manifest hardware.
             * @member {Array.<string>} hardware
             * @memberof otacast.v1.Manifest
             * @instance
             */
            Manifest.prototype.hardware = $util.emptyArray;

            /**
             * Manifest components.
             * @member {Array.<otacast.v1.Component.$Properties>} components
             * @memberof otacast.v1.Manifest
             * @instance
             */
            Manifest.prototype.components = $util.emptyArray;

            /**
             * Manifest rollback.
             * @member {boolean} rollback
             * @memberof otacast.v1.Manifest
             * @instance
             */
            Manifest.prototype.rollback = false;

            /**
             * Creates a new Manifest instance using the specified properties.
             * @function create
             * @memberof otacast.v1.Manifest
             * @static
             * @param {otacast.v1.Manifest.$Properties=} [properties] Properties to set
             * @returns {otacast.v1.Manifest} Manifest instance
             * @type {{
             *   (properties: otacast.v1.Manifest.$Shape): otacast.v1.Manifest & otacast.v1.Manifest.$Shape;
             *   (properties?: otacast.v1.Manifest.$Properties): otacast.v1.Manifest;
             * }}
             */
            Manifest.create = function(properties) {
                return new Manifest(properties);
            };

            /**
             * Encodes the specified Manifest message. Does not implicitly {@link otacast.v1.Manifest.verify|verify} messages.
             * @function encode
             * @memberof otacast.v1.Manifest
             * @static
             * @param {otacast.v1.Manifest.$Properties} message Manifest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Manifest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.product != null && $Object.hasOwnProperty.call(message, "product") && message.product !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.product);
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.version);
                if (message.channel != null && $Object.hasOwnProperty.call(message, "channel") && message.channel !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.channel);
                if (message.createdAtMs != null && $Object.hasOwnProperty.call(message, "createdAtMs") && (typeof message.createdAtMs === "object" ? message.createdAtMs.low || message.createdAtMs.high : message.createdAtMs !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.createdAtMs);
                if (message.expiresAtMs != null && $Object.hasOwnProperty.call(message, "expiresAtMs") && (typeof message.expiresAtMs === "object" ? message.expiresAtMs.low || message.expiresAtMs.high : message.expiresAtMs !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.expiresAtMs);
                if (message.hardware != null && message.hardware.length)
                    for (let i = 0; i < message.hardware.length; ++i)
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.hardware[i]);
                if (message.components != null && message.components.length)
                    for (let i = 0; i < message.components.length; ++i)
                        $root.otacast.v1.Component.encode(message.components[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.rollback != null && $Object.hasOwnProperty.call(message, "rollback") && message.rollback !== false)
                    writer.uint32(/* id 8, wireType 0 =*/64).bool(message.rollback);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Manifest message from the specified reader or buffer.
             * @function decode
             * @memberof otacast.v1.Manifest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {otacast.v1.Manifest & otacast.v1.Manifest.$Shape} Manifest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Manifest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.otacast.v1.Manifest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.product = value;
                            else
                                delete message.product;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.channel = value;
                            else
                                delete message.channel;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.createdAtMs = value;
                            else
                                delete message.createdAtMs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.expiresAtMs = value;
                            else
                                delete message.expiresAtMs;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.hardware && message.hardware.length))
                                message.hardware = [];
                            message.hardware.push(reader.stringVerify());
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.components && message.components.length))
                                message.components = [];
                            message.components.push($root.otacast.v1.Component.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.rollback = value;
                            else
                                delete message.rollback;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Manifest;
        })();

        v1.Component = (function() {

            /**
             * Properties of a Component.
             * @typedef {Object} otacast.v1.Component.$Properties
             * @property {string|null} [name] Component name
             * @property {string|null} [version] Component version
             * @property {otacast.v1.ComponentType|null} [type] Component type
             * @property {number|null} [size] Component size
             * @property {Uint8Array|null} [sha256] Component sha256
             * @property {Uint8Array|null} [indexDigest] Component indexDigest
             * @property {number|null} [indexSize] Component indexSize
             * @property {Object.<string,string>|null} [requires] Component requires
             * @property {Object.<string,string>|null} [options] Component options
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Component.
             * @memberof otacast.v1
             * @interface IComponent
             * @augments otacast.v1.Component.$Properties
             * @deprecated Use otacast.v1.Component.$Properties instead.
             */

            /**
             * Shape of a Component.
             * @typedef {otacast.v1.Component.$Properties} otacast.v1.Component.$Shape
             */

            /**
             * Constructs a new Component.
             * @memberof otacast.v1
             * @classdesc Represents a Component.
             * @constructor
             * @param {otacast.v1.Component.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Component = function (properties) {
                this.requires = {};
                this.options = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Component name.
             * @member {string} name
             * @memberof otacast.v1.Component
             * @instance
             */
            Component.prototype.name = "";

            /**
             * Component version.
             * @member {string} version
             * @memberof otacast.v1.Component
             * @instance
             */
            Component.prototype.version = "";

            /**
             * Component type.
             * @member {otacast.v1.ComponentType} type
             * @memberof otacast.v1.Component
             * @instance
             */
            Component.prototype.type = 0;

            /**
             * Component size.
             * @member {number} size
             * @memberof otacast.v1.Component
             * @instance
             */
            Component.prototype.size = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Component sha256.
             * @member {Uint8Array} sha256
             * @memberof otacast.v1.Component
             * @instance
             */
            Component.prototype.sha256 = $util.newBuffer([]);

            /**
             * Component indexDigest.
             * @member {Uint8Array} indexDigest
             * @memberof otacast.v1.Component
             * @instance
             */
            Component.prototype.indexDigest = $util.newBuffer([]);

            /**
             * Component indexSize.
             * @member {number} indexSize
             * @memberof otacast.v1.Component
             * @instance
             */
            Component.prototype.indexSize = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Component requires.
             * @member {Object.<string,string>} requires
             * @memberof otacast.v1.Component
             * @instance
             */
            Component.prototype.requires = $util.emptyObject;

            /**
             * Component options.
             * @member {Object.<string,string>} options
             * @memberof otacast.v1.Component
             * @instance
             */
            Component.prototype.options = $util.emptyObject;

            /**
             * Creates a new Component instance using the specified properties.
             * @function create
             * @memberof otacast.v1.Component
             * @static
             * @param {otacast.v1.Component.$Properties=} [properties] Properties to set
             * @returns {otacast.v1.Component} Component instance
             * @type {{
             *   (properties: otacast.v1.Component.$Shape): otacast.v1.Component & otacast.v1.Component.$Shape;
             *   (properties?: otacast.v1.Component.$Properties): otacast.v1.Component;
             * }}
             */
            Component.create = function(properties) {
                return new Component(properties);
            };

            /**
             * Encodes the specified Component message. Does not implicitly {@link otacast.v1.Component.verify|verify} messages.
             * @function encode
             * @memberof otacast.v1.Component
             * @static
             * @param {otacast.v1.Component.$Properties} message Component message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Component.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.version);
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.type);
                if (message.size != null && $Object.hasOwnProperty.call(message, "size") && (typeof message.size === "object" ? message.size.low || message.size.high : message.size !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.size);
                if (message.sha256 != null && $Object.hasOwnProperty.call(message, "sha256") && message.sha256.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.sha256);
                if (message.indexDigest != null && $Object.hasOwnProperty.call(message, "indexDigest") && message.indexDigest.length)
                    writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.indexDigest);
                if (message.indexSize != null && $Object.hasOwnProperty.call(message, "indexSize") && (typeof message.indexSize === "object" ? message.indexSize.low || message.indexSize.high : message.indexSize !== 0))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.indexSize);
                if (message.requires != null && $Object.hasOwnProperty.call(message, "requires"))
                    for (let keys = $Object.keys(message.requires), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 8, wireType 2 =*/66).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.requires[keys[i]]).ldelim();
                if (message.options != null && $Object.hasOwnProperty.call(message, "options"))
                    for (let keys = $Object.keys(message.options), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 9, wireType 2 =*/74).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.options[keys[i]]).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Component message from the specified reader or buffer.
             * @function decode
             * @memberof otacast.v1.Component
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {otacast.v1.Component & otacast.v1.Component.$Shape} Component
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Component.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.otacast.v1.Component();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.size = value;
                            else
                                delete message.size;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.sha256 = value;
                            else
                                delete message.sha256;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.indexDigest = value;
                            else
                                delete message.indexDigest;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.indexSize = value;
                            else
                                delete message.indexSize;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if (message.requires === $util.emptyObject)
                                message.requires = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.requires, key);
                            message.requires[key] = value;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if (message.options === $util.emptyObject)
                                message.options = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.options, key);
                            message.options[key] = value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Component;
        })();

        v1.ChunkIndex = (function() {

            /**
             * Properties of a ChunkIndex.
             * @typedef {Object} otacast.v1.ChunkIndex.$Properties
             * @property {Array.<otacast.v1.ChunkRef.$Properties>|null} [chunks] ChunkIndex chunks
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ChunkIndex.
             * @memberof otacast.v1
             * @interface IChunkIndex
             * @augments otacast.v1.ChunkIndex.$Properties
             * @deprecated Use otacast.v1.ChunkIndex.$Properties instead.
             */

            /**
             * Shape of a ChunkIndex.
             * @typedef {otacast.v1.ChunkIndex.$Properties} otacast.v1.ChunkIndex.$Shape
             */

            /**
             * Constructs a new ChunkIndex.
             * @memberof otacast.v1
             * @classdesc Represents a ChunkIndex.
             * @constructor
             * @param {otacast.v1.ChunkIndex.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ChunkIndex = function (properties) {
                this.chunks = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ChunkIndex chunks.
             * @member {Array.<otacast.v1.ChunkRef.$Properties>} chunks
             * @memberof otacast.v1.ChunkIndex
             * @instance
             */
            ChunkIndex.prototype.chunks = $util.emptyArray;

            /**
             * Creates a new ChunkIndex instance using the specified properties.
             * @function create
             * @memberof otacast.v1.ChunkIndex
             * @static
             * @param {otacast.v1.ChunkIndex.$Properties=} [properties] Properties to set
             * @returns {otacast.v1.ChunkIndex} ChunkIndex instance
             * @type {{
             *   (properties: otacast.v1.ChunkIndex.$Shape): otacast.v1.ChunkIndex & otacast.v1.ChunkIndex.$Shape;
             *   (properties?: otacast.v1.ChunkIndex.$Properties): otacast.v1.ChunkIndex;
             * }}
             */
            ChunkIndex.create = function(properties) {
                return new ChunkIndex(properties);
            };

            /**
             * Encodes the specified ChunkIndex message. Does not implicitly {@link otacast.v1.ChunkIndex.verify|verify} messages.
             * @function encode
             * @memberof otacast.v1.ChunkIndex
             * @static
             * @param {otacast.v1.ChunkIndex.$Properties} message ChunkIndex message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ChunkIndex.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.chunks != null && message.chunks.length)
                    for (let i = 0; i < message.chunks.length; ++i)
                        $root.otacast.v1.ChunkRef.encode(message.chunks[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ChunkIndex message from the specified reader or buffer.
             * @function decode
             * @memberof otacast.v1.ChunkIndex
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {otacast.v1.ChunkIndex & otacast.v1.ChunkIndex.$Shape} ChunkIndex
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ChunkIndex.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.otacast.v1.ChunkIndex();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.chunks && message.chunks.length))
                                message.chunks = [];
                            message.chunks.push($root.otacast.v1.ChunkRef.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return ChunkIndex;
        })();

        v1.ChunkRef = (function() {

            /**
             * Properties of a ChunkRef.
             * @typedef {Object} otacast.v1.ChunkRef.$Properties
             * @property {Uint8Array|null} [digest] ChunkRef digest
             * @property {number|null} [length] ChunkRef length
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ChunkRef.
             * @memberof otacast.v1
             * @interface IChunkRef
             * @augments otacast.v1.ChunkRef.$Properties
             * @deprecated Use otacast.v1.ChunkRef.$Properties instead.
             */

            /**
             * Shape of a ChunkRef.
             * @typedef {otacast.v1.ChunkRef.$Properties} otacast.v1.ChunkRef.$Shape
             */

            /**
             * Constructs a new ChunkRef.
             * @memberof otacast.v1
             * @classdesc Represents a ChunkRef.
             * @constructor
             * @param {otacast.v1.ChunkRef.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ChunkRef = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ChunkRef digest.
             * @member {Uint8Array} digest
             * @memberof otacast.v1.ChunkRef
             * @instance
             */
            ChunkRef.prototype.digest = $util.newBuffer([]);

            /**
             * ChunkRef length.
             * @member {number} length
             * @memberof otacast.v1.ChunkRef
             * @instance
             */
            ChunkRef.prototype.length = 0;

            /**
             * Creates a new ChunkRef instance using the specified properties.
             * @function create
             * @memberof otacast.v1.ChunkRef
             * @static
             * @param {otacast.v1.ChunkRef.$Properties=} [properties] Properties to set
             * @returns {otacast.v1.ChunkRef} ChunkRef instance
             * @type {{
             *   (properties: otacast.v1.ChunkRef.$Shape): otacast.v1.ChunkRef & otacast.v1.ChunkRef.$Shape;
             *   (properties?: otacast.v1.ChunkRef.$Properties): otacast.v1.ChunkRef;
             * }}
             */
            ChunkRef.create = function(properties) {
                return new ChunkRef(properties);
            };

            /**
             * Encodes the specified ChunkRef message. Does not implicitly {@link otacast.v1.ChunkRef.verify|verify} messages.
             * @function encode
             * @memberof otacast.v1.ChunkRef
             * @static
             * @param {otacast.v1.ChunkRef.$Properties} message ChunkRef message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ChunkRef.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.digest != null && $Object.hasOwnProperty.call(message, "digest") && message.digest.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.digest);
                if (message.length != null && $Object.hasOwnProperty.call(message, "length") && message.length !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.length);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ChunkRef message from the specified reader or buffer.
             * @function decode
             * @memberof otacast.v1.ChunkRef
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {otacast.v1.ChunkRef & otacast.v1.ChunkRef.$Shape} ChunkRef
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ChunkRef.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.otacast.v1.ChunkRef();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.digest = value;
                            else
                                delete message.digest;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.length = value;
                            else
                                delete message.length;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return ChunkRef;
        })();

        v1.Keyring = (function() {

            /**
             * Properties of a Keyring.
             * @typedef {Object} otacast.v1.Keyring.$Properties
             * @property {number|null} [version] Keyring version
             * @property {string|null} [product] Keyring product
             * @property {Array.<otacast.v1.PublisherKey.$Properties>|null} [keys] Keyring keys
             * @property {number|null} [threshold] Keyring threshold
             * @property {number|null} [createdAtMs] Keyring createdAtMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Keyring.
             * @memberof otacast.v1
             * @interface IKeyring
             * @augments otacast.v1.Keyring.$Properties
             * @deprecated Use otacast.v1.Keyring.$Properties instead.
             */

            /**
             * Shape of a Keyring.
             * @typedef {otacast.v1.Keyring.$Properties} otacast.v1.Keyring.$Shape
             */

            /**
             * Constructs a new Keyring.
             * @memberof otacast.v1
             * @classdesc Represents a Keyring.
             * @constructor
             * @param {otacast.v1.Keyring.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Keyring = function (properties) {
                this.keys = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Keyring version.
             * @member {number} version
             * @memberof otacast.v1.Keyring
             * @instance
             */
            Keyring.prototype.version = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Keyring product.
             * @member {string} product
             * @memberof otacast.v1.Keyring
             * @instance
             */
            Keyring.prototype.product = "";

            /**
             * Keyring keys.
             * @member {Array.<otacast.v1.PublisherKey.$Properties>} keys
             * @memberof otacast.v1.Keyring
             * @instance
             */
            Keyring.prototype.keys = $util.emptyArray;

            /**
             * Keyring threshold.
             * @member {number} threshold
             * @memberof otacast.v1.Keyring
             * @instance
             */
            Keyring.prototype.threshold = 0;

            /**
             * Keyring createdAtMs.
             * @member {number} createdAtMs
             * @memberof otacast.v1.Keyring
             * @instance
             */
            Keyring.prototype.createdAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Keyring instance using the specified properties.
             * @function create
             * @memberof otacast.v1.Keyring
             * @static
             * @param {otacast.v1.Keyring.$Properties=} [properties] Properties to set
             * @returns {otacast.v1.Keyring} Keyring instance
             * @type {{
             *   (properties: otacast.v1.Keyring.$Shape): otacast.v1.Keyring & otacast.v1.Keyring.$Shape;
             *   (properties?: otacast.v1.Keyring.$Properties): otacast.v1.Keyring;
             * }}
             */
            Keyring.create = function(properties) {
                return new Keyring(properties);
            };

            /**
             * Encodes the specified Keyring message. Does not implicitly {@link otacast.v1.Keyring.verify|verify} messages.
             * @function encode
             * @memberof otacast.v1.Keyring
             * @static
             * @param {otacast.v1.Keyring.$Properties} message Keyring message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Keyring.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && (typeof message.version === "object" ? message.version.low || message.version.high : message.version !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.version);
                if (message.product != null && $Object.hasOwnProperty.call(message, "product") && message.product !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.product);
                if (message.keys != null && message.keys.length)
                    for (let i = 0; i < message.keys.length; ++i)
                        $root.otacast.v1.PublisherKey.encode(message.keys[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.threshold != null && $Object.hasOwnProperty.call(message, "threshold") && message.threshold !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.threshold);
                if (message.createdAtMs != null && $Object.hasOwnProperty.call(message, "createdAtMs") && (typeof message.createdAtMs === "object" ? message.createdAtMs.low || message.createdAtMs.high : message.createdAtMs !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.createdAtMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Keyring message from the specified reader or buffer.
             * @function decode
             * @memberof otacast.v1.Keyring
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {otacast.v1.Keyring & otacast.v1.Keyring.$Shape} Keyring
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Keyring.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.otacast.v1.Keyring();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.product = value;
                            else
                                delete message.product;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.keys && message.keys.length))
                                message.keys = [];
                            message.keys.push($root.otacast.v1.PublisherKey.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.threshold = value;
                            else
                                delete message.threshold;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.createdAtMs = value;
                            else
                                delete message.createdAtMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Keyring;
        })();

        v1.PublisherKey = (function() {

            /**
             * Properties of a PublisherKey.
             * @typedef {Object} otacast.v1.PublisherKey.$Properties
             * @property {string|null} [keyId] PublisherKey keyId
             * @property {Uint8Array|null} [publicKey] PublisherKey publicKey
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PublisherKey.
             * @memberof otacast.v1
             * @interface IPublisherKey
             * @augments otacast.v1.PublisherKey.$Properties
             * @deprecated Use otacast.v1.PublisherKey.$Properties instead.
             */

            /**
             * Shape of a PublisherKey.
             * @typedef {otacast.v1.PublisherKey.$Properties} otacast.v1.PublisherKey.$Shape
             */

            /**
             * Constructs a new PublisherKey.
             * @memberof otacast.v1
             * @classdesc Represents a PublisherKey.
             * @constructor
             * @param {otacast.v1.PublisherKey.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PublisherKey = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PublisherKey keyId.
             * @member {string} keyId
             * @memberof otacast.v1.PublisherKey
             * @instance
             */
            PublisherKey.prototype.keyId = "";

            /**
             * PublisherKey publicKey.
             * @member {Uint8Array} publicKey
             * @memberof otacast.v1.PublisherKey
             * @instance
             */
            PublisherKey.prototype.publicKey = $util.newBuffer([]);

            /**
             * Creates a new PublisherKey instance using the specified properties.
             * @function create
             * @memberof otacast.v1.PublisherKey
             * @static
             * @param {otacast.v1.PublisherKey.$Properties=} [properties] Properties to set
             * @returns {otacast.v1.PublisherKey} PublisherKey instance
             * @type {{
             *   (properties: otacast.v1.PublisherKey.$Shape): otacast.v1.PublisherKey & otacast.v1.PublisherKey.$Shape;
             *   (properties?: otacast.v1.PublisherKey.$Properties): otacast.v1.PublisherKey;
             * }}
             */
            PublisherKey.create = function(properties) {
                return new PublisherKey(properties);
            };

            /**
             * Encodes the specified PublisherKey message. Does not implicitly {@link otacast.v1.PublisherKey.verify|verify} messages.
             * @function encode
             * @memberof otacast.v1.PublisherKey
             * @static
             * @param {otacast.v1.PublisherKey.$Properties} message PublisherKey message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PublisherKey.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.keyId != null && $Object.hasOwnProperty.call(message, "keyId") && message.keyId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.keyId);
                if (message.publicKey != null && $Object.hasOwnProperty.call(message, "publicKey") && message.publicKey.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.publicKey);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PublisherKey message from the specified reader or buffer.
             * @function decode
             * @memberof otacast.v1.PublisherKey
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {otacast.v1.PublisherKey & otacast.v1.PublisherKey.$Shape} PublisherKey
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PublisherKey.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.otacast.v1.PublisherKey();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.keyId = value;
                            else
                                delete message.keyId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.publicKey = value;
                            else
                                delete message.publicKey;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return PublisherKey;
        })();

        v1.SignedKeyring = (function() {

            /**
             * Properties of a SignedKeyring.
             * @typedef {Object} otacast.v1.SignedKeyring.$Properties
             * @property {Uint8Array|null} [keyring] SignedKeyring keyring
             * @property {Array.<otacast.v1.Signature.$Properties>|null} [signatures] SignedKeyring signatures
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SignedKeyring.
             * @memberof otacast.v1
             * @interface ISignedKeyring
             * @augments otacast.v1.SignedKeyring.$Properties
             * @deprecated Use otacast.v1.SignedKeyring.$Properties instead.
             */

            /**
             * Shape of a SignedKeyring.
             * @typedef {otacast.v1.SignedKeyring.$Properties} otacast.v1.SignedKeyring.$Shape
             */

            /**
             * Constructs a new SignedKeyring.
             * @memberof otacast.v1
             * @classdesc Represents a SignedKeyring.
             * @constructor
             * @param {otacast.v1.SignedKeyring.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SignedKeyring = function (properties) {
                this.signatures = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SignedKeyring keyring.
             * @member {Uint8Array} keyring
             * @memberof otacast.v1.SignedKeyring
             * @instance
             */
            SignedKeyring.prototype.keyring = $util.newBuffer([]);

            /**
             * SignedKeyring signatures.
             * @member {Array.<otacast.v1.Signature.$Properties>} signatures
             * @memberof otacast.v1.SignedKeyring
             * @instance
             */
            SignedKeyring.prototype.signatures = $util.emptyArray;

            /**
             * Creates a new SignedKeyring instance using the specified properties.
             * @function create
             * @memberof otacast.v1.SignedKeyring
             * @static
             * @param {otacast.v1.SignedKeyring.$Properties=} [properties] Properties to set
             * @returns {otacast.v1.SignedKeyring} SignedKeyring instance
             * @type {{
             *   (properties: otacast.v1.SignedKeyring.$Shape): otacast.v1.SignedKeyring & otacast.v1.SignedKeyring.$Shape;
             *   (properties?: otacast.v1.SignedKeyring.$Properties): otacast.v1.SignedKeyring;
             * }}
             */
            SignedKeyring.create = function(properties) {
                return new SignedKeyring(properties);
            };

            /**
             * Encodes the specified SignedKeyring message. Does not implicitly {@link otacast.v1.SignedKeyring.verify|verify} messages.
             * @function encode
             * @memberof otacast.v1.SignedKeyring
             * @static
             * @param {otacast.v1.SignedKeyring.$Properties} message SignedKeyring message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SignedKeyring.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.keyring != null && $Object.hasOwnProperty.call(message, "keyring") && message.keyring.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.keyring);
                if (message.signatures != null && message.signatures.length)
                    for (let i = 0; i < message.signatures.length; ++i)
                        $root.otacast.v1.Signature.encode(message.signatures[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SignedKeyring message from the specified reader or buffer.
             * @function decode
             * @memberof otacast.v1.SignedKeyring
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {otacast.v1.SignedKeyring & otacast.v1.SignedKeyring.$Shape} SignedKeyring
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SignedKeyring.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.otacast.v1.SignedKeyring();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.keyring = value;
                            else
                                delete message.keyring;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.signatures && message.signatures.length))
                                message.signatures = [];
                            message.signatures.push($root.otacast.v1.Signature.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return SignedKeyring;
        })();

        v1.BlobRange = (function() {

            /**
             * Properties of a BlobRange.
             * @typedef {Object} otacast.v1.BlobRange.$Properties
             * @property {Uint8Array|null} [digest] BlobRange digest
             * @property {number|null} [offset] BlobRange offset
             * @property {number|null} [length] BlobRange length
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BlobRange.
             * @memberof otacast.v1
             * @interface IBlobRange
             * @augments otacast.v1.BlobRange.$Properties
             * @deprecated Use otacast.v1.BlobRange.$Properties instead.
             */

            /**
             * Shape of a BlobRange.
             * @typedef {otacast.v1.BlobRange.$Properties} otacast.v1.BlobRange.$Shape
             */

            /**
             * Constructs a new BlobRange.
             * @memberof otacast.v1
             * @classdesc Represents a BlobRange.
             * @constructor
             * @param {otacast.v1.BlobRange.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BlobRange = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * BlobRange digest.
             * @member {Uint8Array} digest
             * @memberof otacast.v1.BlobRange
             * @instance
             */
            BlobRange.prototype.digest = $util.newBuffer([]);

            /**
             * BlobRange offset.
             * @member {number} offset
             * @memberof otacast.v1.BlobRange
             * @instance
             */
            BlobRange.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * BlobRange length.
             * @member {number} length
             * @memberof otacast.v1.BlobRange
             * @instance
             */
            BlobRange.prototype.length = 0;

            /**
             * Creates a new BlobRange instance using the specified properties.
             * @function create
             * @memberof otacast.v1.BlobRange
             * @static
             * @param {otacast.v1.BlobRange.$Properties=} [properties] Properties to set
             * @returns {otacast.v1.BlobRange} BlobRange instance
             * @type {{
             *   (properties: otacast.v1.BlobRange.$Shape): otacast.v1.BlobRange & otacast.v1.BlobRange.$Shape;
             *   (properties?: otacast.v1.BlobRange.$Properties): otacast.v1.BlobRange;
             * }}
             */
            BlobRange.create = function(properties) {
                return new BlobRange(properties);
            };

            /**
             * Encodes the specified BlobRange message. Does not implicitly {@link otacast.v1.BlobRange.verify|verify} messages.
             * @function encode
             * @memberof otacast.v1.BlobRange
             * @static
             * @param {otacast.v1.BlobRange.$Properties} message BlobRange message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BlobRange.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.digest != null && $Object.hasOwnProperty.call(message, "digest") && message.digest.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.digest);
                if (message.offset != null && $Object.hasOwnProperty.call(message, "offset") && (typeof message.offset === "object" ? message.offset.low || message.offset.high : message.offset !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.offset);
                if (message.length != null && $Object.hasOwnProperty.call(message, "length") && message.length !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.length);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a BlobRange message from the specified reader or buffer.
             * @function decode
             * @memberof otacast.v1.BlobRange
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {otacast.v1.BlobRange & otacast.v1.BlobRange.$Shape} BlobRange
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BlobRange.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.otacast.v1.BlobRange();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.digest = value;
                            else
                                delete message.digest;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.offset = value;
                            else
                                delete message.offset;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.length = value;
                            else
                                delete message.length;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return BlobRange;
        })();

        v1.ChunkRequest = (function() {

            /**
             * Properties of a ChunkRequest.
             * @typedef {Object} otacast.v1.ChunkRequest.$Properties
             * @property {string|null} [releaseId] ChunkRequest releaseId
             * @property {Array.<otacast.v1.BlobRange.$Properties>|null} [ranges] ChunkRequest ranges
             * @property {Array.<otacast.v1.PatchQuery.$Properties>|null} [patches] ChunkRequest patches
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ChunkRequest.
             * @memberof otacast.v1
             * @interface IChunkRequest
             * @augments otacast.v1.ChunkRequest.$Properties
             * @deprecated Use otacast.v1.ChunkRequest.$Properties instead.
             */

            /**
             * Shape of a ChunkRequest.
             * @typedef {otacast.v1.ChunkRequest.$Properties} otacast.v1.ChunkRequest.$Shape
             */

            /**
             * Constructs a new ChunkRequest.
             * @memberof otacast.v1
             * @classdesc Represents a ChunkRequest.
             * @constructor
             * @param {otacast.v1.ChunkRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ChunkRequest = function (properties) {
                this.ranges = [];
                this.patches = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ChunkRequest releaseId.
             * @member {string} releaseId
             * @memberof otacast.v1.ChunkRequest
             * @instance
             */
            ChunkRequest.prototype.releaseId = "";

            /**
             * ChunkRequest ranges.
             * @member {Array.<otacast.v1.BlobRange.$Properties>} ranges
             * @memberof otacast.v1.ChunkRequest
             * @instance
             */
            ChunkRequest.prototype.ranges = $util.emptyArray;

            /**
             * ChunkRequest patches.
             * @member {Array.<otacast.v1.PatchQuery.$Properties>} patches
             * @memberof otacast.v1.ChunkRequest
             * @instance
             */
            ChunkRequest.prototype.patches = $util.emptyArray;

            /**
             * Creates a new ChunkRequest instance using the specified properties.
             * @function create
             * @memberof otacast.v1.ChunkRequest
             * @static
             * @param {otacast.v1.ChunkRequest.$Properties=} [properties] Properties to set
             * @returns {otacast.v1.ChunkRequest} ChunkRequest instance
             * @type {{
             *   (properties: otacast.v1.ChunkRequest.$Shape): otacast.v1.ChunkRequest & otacast.v1.ChunkRequest.$Shape;
             *   (properties?: otacast.v1.ChunkRequest.$Properties): otacast.v1.ChunkRequest;
             * }}
             */
            ChunkRequest.create = function(properties) {
                return new ChunkRequest(properties);
            };

            /**
             * Encodes the specified ChunkRequest message. Does not implicitly {@link otacast.v1.ChunkRequest.verify|verify} messages.
             * @function encode
             * @memberof otacast.v1.ChunkRequest
             * @static
             * @param {otacast.v1.ChunkRequest.$Properties} message ChunkRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ChunkRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.releaseId != null && $Object.hasOwnProperty.call(message, "releaseId") && message.releaseId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.releaseId);
                if (message.ranges != null && message.ranges.length)
                    for (let i = 0; i < message.ranges.length; ++i)
                        $root.otacast.v1.BlobRange.encode(message.ranges[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.patches != null && message.patches.length)
                    for (let i = 0; i < message.patches.length; ++i)
                        $root.otacast.v1.PatchQuery.encode(message.patches[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ChunkRequest message from the specified reader or buffer.
             * @function decode
             * @memberof otacast.v1.ChunkRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {otacast.v1.ChunkRequest & otacast.v1.ChunkRequest.$Shape} ChunkRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ChunkRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.otacast.v1.ChunkRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.releaseId = value;
                            else
                                delete message.releaseId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.ranges && message.ranges.length))
                                message.ranges = [];
                            message.ranges.push($root.otacast.v1.BlobRange.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.patches && message.patches.length))
                                message.patches = [];
                            message.patches.push($root.otacast.v1.PatchQuery.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return ChunkRequest;
        })();

        v1.PatchQuery = (function() {

            /**
             * Properties of a PatchQuery.
             * @typedef {Object} otacast.v1.PatchQuery.$Properties
             * @property {Uint8Array|null} [fromSha256] PatchQuery fromSha256
             * @property {Uint8Array|null} [toSha256] PatchQuery toSha256
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PatchQuery.
             * @memberof otacast.v1
             * @interface IPatchQuery
             * @augments otacast.v1.PatchQuery.$Properties
             * @deprecated Use otacast.v1.PatchQuery.$Properties instead.
             */

            /**
             * Shape of a PatchQuery.
             * @typedef {otacast.v1.PatchQuery.$Properties} otacast.v1.PatchQuery.$Shape
             */

            /**
             * Constructs a new PatchQuery.
             * @memberof otacast.v1
             * @classdesc Represents a PatchQuery.
             * @constructor
             * @param {otacast.v1.PatchQuery.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PatchQuery = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PatchQuery fromSha256.
             * @member {Uint8Array} fromSha256
             * @memberof otacast.v1.PatchQuery
             * @instance
             */
            PatchQuery.prototype.fromSha256 = $util.newBuffer([]);

            /**
             * PatchQuery toSha256.
             * @member {Uint8Array} toSha256
             * @memberof otacast.v1.PatchQuery
             * @instance
             */
            PatchQuery.prototype.toSha256 = $util.newBuffer([]);

            /**
             * Creates a new PatchQuery instance using the specified properties.
             * @function create
             * @memberof otacast.v1.PatchQuery
             * @static
             * @param {otacast.v1.PatchQuery.$Properties=} [properties] Properties to set
             * @returns {otacast.v1.PatchQuery} PatchQuery instance
             * @type {{
             *   (properties: otacast.v1.PatchQuery.$Shape): otacast.v1.PatchQuery & otacast.v1.PatchQuery.$Shape;
             *   (properties?: otacast.v1.PatchQuery.$Properties): otacast.v1.PatchQuery;
             * }}
             */
            PatchQuery.create = function(properties) {
                return new PatchQuery(properties);
            };

            /**
             * Encodes the specified PatchQuery message. Does not implicitly {@link otacast.v1.PatchQuery.verify|verify} messages.
             * @function encode
             * @memberof otacast.v1.PatchQuery
             * @static
             * @param {otacast.v1.PatchQuery.$Properties} message PatchQuery message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PatchQuery.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.fromSha256 != null && $Object.hasOwnProperty.call(message, "fromSha256") && message.fromSha256.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.fromSha256);
                if (message.toSha256 != null && $Object.hasOwnProperty.call(message, "toSha256") && message.toSha256.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.toSha256);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PatchQuery message from the specified reader or buffer.
             * @function decode
             * @memberof otacast.v1.PatchQuery
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {otacast.v1.PatchQuery & otacast.v1.PatchQuery.$Shape} PatchQuery
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PatchQuery.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.otacast.v1.PatchQuery();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.fromSha256 = value;
                            else
                                delete message.fromSha256;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.toSha256 = value;
                            else
                                delete message.toSha256;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return PatchQuery;
        })();

        v1.PatchOffer = (function() {

            /**
             * Properties of a PatchOffer.
             * @typedef {Object} otacast.v1.PatchOffer.$Properties
             * @property {Uint8Array|null} [fromSha256] PatchOffer fromSha256
             * @property {Uint8Array|null} [toSha256] PatchOffer toSha256
             * @property {Uint8Array|null} [patchDigest] PatchOffer patchDigest
             * @property {number|null} [patchSize] PatchOffer patchSize
             * @property {Uint8Array|null} [indexDigest] PatchOffer indexDigest
             * @property {number|null} [indexSize] PatchOffer indexSize
             * @property {boolean|null} [pending] PatchOffer pending
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PatchOffer.
             * @memberof otacast.v1
             * @interface IPatchOffer
             * @augments otacast.v1.PatchOffer.$Properties
             * @deprecated Use otacast.v1.PatchOffer.$Properties instead.
             */

            /**
             * Shape of a PatchOffer.
             * @typedef {otacast.v1.PatchOffer.$Properties} otacast.v1.PatchOffer.$Shape
             */

            /**
             * Constructs a new PatchOffer.
             * @memberof otacast.v1
             * @classdesc Represents a PatchOffer.
             * @constructor
             * @param {otacast.v1.PatchOffer.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PatchOffer = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PatchOffer fromSha256.
             * @member {Uint8Array} fromSha256
             * @memberof otacast.v1.PatchOffer
             * @instance
             */
            PatchOffer.prototype.fromSha256 = $util.newBuffer([]);

            /**
             * PatchOffer toSha256.
             * @member {Uint8Array} toSha256
             * @memberof otacast.v1.PatchOffer
             * @instance
             */
            PatchOffer.prototype.toSha256 = $util.newBuffer([]);

            /**
             * PatchOffer patchDigest.
             * @member {Uint8Array} patchDigest
             * @memberof otacast.v1.PatchOffer
             * @instance
             */
            PatchOffer.prototype.patchDigest = $util.newBuffer([]);

            /**
             * PatchOffer patchSize.
             * @member {number} patchSize
             * @memberof otacast.v1.PatchOffer
             * @instance
             */
            PatchOffer.prototype.patchSize = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * PatchOffer indexDigest.
             * @member {Uint8Array} indexDigest
             * @memberof otacast.v1.PatchOffer
             * @instance
             */
            PatchOffer.prototype.indexDigest = $util.newBuffer([]);

            /**
             * PatchOffer indexSize.
             * @member {number} indexSize
             * @memberof otacast.v1.PatchOffer
             * @instance
             */
            PatchOffer.prototype.indexSize = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * PatchOffer pending.
             * @member {boolean} pending
             * @memberof otacast.v1.PatchOffer
             * @instance
             */
            PatchOffer.prototype.pending = false;

            /**
             * Creates a new PatchOffer instance using the specified properties.
             * @function create
             * @memberof otacast.v1.PatchOffer
             * @static
             * @param {otacast.v1.PatchOffer.$Properties=} [properties] Properties to set
             * @returns {otacast.v1.PatchOffer} PatchOffer instance
             * @type {{
             *   (properties: otacast.v1.PatchOffer.$Shape): otacast.v1.PatchOffer & otacast.v1.PatchOffer.$Shape;
             *   (properties?: otacast.v1.PatchOffer.$Properties): otacast.v1.PatchOffer;
             * }}
             */
            PatchOffer.create = function(properties) {
                return new PatchOffer(properties);
            };

            /**
             * Encodes the specified PatchOffer message. Does not implicitly {@link otacast.v1.PatchOffer.verify|verify} messages.
             * @function encode
             * @memberof otacast.v1.PatchOffer
             * @static
             * @param {otacast.v1.PatchOffer.$Properties} message PatchOffer message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PatchOffer.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.fromSha256 != null && $Object.hasOwnProperty.call(message, "fromSha256") && message.fromSha256.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.fromSha256);
                if (message.toSha256 != null && $Object.hasOwnProperty.call(message, "toSha256") && message.toSha256.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.toSha256);
                if (message.patchDigest != null && $Object.hasOwnProperty.call(message, "patchDigest") && message.patchDigest.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.patchDigest);
                if (message.patchSize != null && $Object.hasOwnProperty.call(message, "patchSize") && (typeof message.patchSize === "object" ? message.patchSize.low || message.patchSize.high : message.patchSize !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.patchSize);
                if (message.indexDigest != null && $Object.hasOwnProperty.call(message, "indexDigest") && message.indexDigest.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.indexDigest);
                if (message.indexSize != null && $Object.hasOwnProperty.call(message, "indexSize") && (typeof message.indexSize === "object" ? message.indexSize.low || message.indexSize.high : message.indexSize !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.indexSize);
                if (message.pending != null && $Object.hasOwnProperty.call(message, "pending") && message.pending !== false)
                    writer.uint32(/* id 7, wireType 0 =*/56).bool(message.pending);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PatchOffer message from the specified reader or buffer.
             * @function decode
             * @memberof otacast.v1.PatchOffer
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {otacast.v1.PatchOffer & otacast.v1.PatchOffer.$Shape} PatchOffer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PatchOffer.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.otacast.v1.PatchOffer();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.fromSha256 = value;
                            else
                                delete message.fromSha256;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.toSha256 = value;
                            else
                                delete message.toSha256;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.patchDigest = value;
                            else
                                delete message.patchDigest;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.patchSize = value;
                            else
                                delete message.patchSize;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.indexDigest = value;
                            else
                                delete message.indexDigest;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.indexSize = value;
                            else
                                delete message.indexSize;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.pending = value;
                            else
                                delete message.pending;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return PatchOffer;
        })();

        /**
         * ChunkEncoding enum.
         * @name otacast.v1.ChunkEncoding
         * @enum {number}
         * @property {number} CHUNK_ENCODING_RAW=0 CHUNK_ENCODING_RAW value
         * @property {number} CHUNK_ENCODING_BROTLI=1 CHUNK_ENCODING_BROTLI value
         */
        v1.ChunkEncoding = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "CHUNK_ENCODING_RAW"] = 0;
            values[valuesById[1] = "CHUNK_ENCODING_BROTLI"] = 1;
            return values;
        })();

        v1.Chunk = (function() {

            /**
             * Properties of a Chunk.
             * @typedef {Object} otacast.v1.Chunk.$Properties
             * @property {Uint8Array|null} [digest] Chunk digest
             * @property {number|null} [offset] Chunk offset
             * @property {Uint8Array|null} [data] Chunk data
             * @property {otacast.v1.ChunkEncoding|null} [encoding] Chunk encoding
             * @property {number|null} [blobSize] Chunk blobSize
             * @property {string|null} [errorCode] Chunk errorCode
             * @property {otacast.v1.PatchOffer.$Properties|null} [patch] Chunk patch
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Chunk.
             * @memberof otacast.v1
             * @interface IChunk
             * @augments otacast.v1.Chunk.$Properties
             * @deprecated Use otacast.v1.Chunk.$Properties instead.
             */

            /**
             * Shape of a Chunk.
             * @typedef {otacast.v1.Chunk.$Properties} otacast.v1.Chunk.$Shape
             */

            /**
             * Constructs a new Chunk.
             * @memberof otacast.v1
             * @classdesc Represents a Chunk.
             * @constructor
             * @param {otacast.v1.Chunk.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Chunk = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Chunk digest.
             * @member {Uint8Array} digest
             * @memberof otacast.v1.Chunk
             * @instance
             */
            Chunk.prototype.digest = $util.newBuffer([]);

            /**
             * Chunk offset.
             * @member {number} offset
             * @memberof otacast.v1.Chunk
             * @instance
             */
            Chunk.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Chunk data.
             * @member {Uint8Array} data
             * @memberof otacast.v1.Chunk
             * @instance
             */
            Chunk.prototype.data = $util.newBuffer([]);

            /**
             * Chunk encoding.
             * @member {otacast.v1.ChunkEncoding} encoding
             * @memberof otacast.v1.Chunk
             * @instance
             */
            Chunk.prototype.encoding = 0;

            /**
             * Chunk blobSize.
             * @member {number} blobSize
             * @memberof otacast.v1.Chunk
             * @instance
             */
            Chunk.prototype.blobSize = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Chunk errorCode.
             * @member {string} errorCode
             * @memberof otacast.v1.Chunk
             * @instance
             */
            Chunk.prototype.errorCode = "";

            /**
             * Chunk patch.
             * @member {otacast.v1.PatchOffer.$Properties|null|undefined} patch
             * @memberof otacast.v1.Chunk
             * @instance
             */
            Chunk.prototype.patch = null;

            /**
             * Creates a new Chunk instance using the specified properties.
             * @function create
             * @memberof otacast.v1.Chunk
             * @static
             * @param {otacast.v1.Chunk.$Properties=} [properties] Properties to set
             * @returns {otacast.v1.Chunk} Chunk instance
             * @type {{
             *   (properties: otacast.v1.Chunk.$Shape): otacast.v1.Chunk & otacast.v1.Chunk.$Shape;
             *   (properties?: otacast.v1.Chunk.$Properties): otacast.v1.Chunk;
             * }}
             */
            Chunk.create = function(properties) {
                return new Chunk(properties);
            };

            /**
             * Encodes the specified Chunk message. Does not implicitly {@link otacast.v1.Chunk.verify|verify} messages.
             * @function encode
             * @memberof otacast.v1.Chunk
             * @static
             * @param {otacast.v1.Chunk.$Properties} message Chunk message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Chunk.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.digest != null && $Object.hasOwnProperty.call(message, "digest") && message.digest.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.digest);
                if (message.offset != null && $Object.hasOwnProperty.call(message, "offset") && (typeof message.offset === "object" ? message.offset.low || message.offset.high : message.offset !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.offset);
                if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.data);
                if (message.encoding != null && $Object.hasOwnProperty.call(message, "encoding") && message.encoding !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).int32(message.encoding);
                if (message.blobSize != null && $Object.hasOwnProperty.call(message, "blobSize") && (typeof message.blobSize === "object" ? message.blobSize.low || message.blobSize.high : message.blobSize !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.blobSize);
                if (message.errorCode != null && $Object.hasOwnProperty.call(message, "errorCode") && message.errorCode !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.errorCode);
                if (message.patch != null && $Object.hasOwnProperty.call(message, "patch"))
                    $root.otacast.v1.PatchOffer.encode(message.patch, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Chunk message from the specified reader or buffer.
             * @function decode
             * @memberof otacast.v1.Chunk
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {otacast.v1.Chunk & otacast.v1.Chunk.$Shape} Chunk
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Chunk.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.otacast.v1.Chunk();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.digest = value;
                            else
                                delete message.digest;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.offset = value;
                            else
                                delete message.offset;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.data = value;
                            else
                                delete message.data;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.encoding = value;
                            else
                                delete message.encoding;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.blobSize = value;
                            else
                                delete message.blobSize;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.errorCode = value;
                            else
                                delete message.errorCode;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.patch = $root.otacast.v1.PatchOffer.decode(reader, reader.size(), $undefined, _depth + 1, message.patch);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Chunk;
        })();

        return v1;
    })();

    return otacast;
})();

export {
  $root as default
};
