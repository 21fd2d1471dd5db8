import type { otacast } from '@otacast/shared';
import type { DeviceRecord } from './registry-port.js';

/** Bytes of the release a device holds of the bytes it needs, from its latest status while downloading or verifying. */
export interface Progress {
  done: number;
  total: number;
}

/** What a device's latest statuses said that the registry does not keep (the dashboard's live feed holds it). */
export interface DeviceActivity {
  progressOf(deviceId: string): Progress | null;
  /** The message of its latest status when that reports no error (e.g. "waiting for install window"), else "". */
  messageOf(deviceId: string): string;
}

/**
 * The one download percent every view shows — `otacast devices` (the MQTT
 * admin API), GET /api/v1/devices and the dashboard: whole percent rounded
 * down, so 100 only once every byte arrived; null when not downloading.
 */
export function downloadPercent(progress: Progress | null): number | null {
  if (progress === null || progress.total <= 0) return null;
  return Math.floor((100 * Math.min(progress.done, progress.total)) / progress.total);
}

/**
 * A registered device with what only the running server knows: online, its
 * download percent (-1: none, proto3 has no null) and status message. The
 * admin API answers it; REST and the dashboard turn it into DeviceInfo the
 * same way the CLI does (sdk/admin.ts toDeviceInfo).
 */
export function liveDeviceRecord(record: DeviceRecord, online: boolean, activity: DeviceActivity): otacast.v1.DeviceRecord.$Properties {
  return { ...record, online, progressPercent: downloadPercent(activity.progressOf(record.deviceId)) ?? -1, statusMessage: activity.messageOf(record.deviceId) };
}
