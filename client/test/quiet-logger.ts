import { createLogger, type Logger } from '@otacast/shared';

/** A logger for unit tests: the code under test logs, the test output stays readable. */
export function quietLogger(): Logger {
  const logger = createLogger({ name: 'test' });
  logger.silent = process.env['OTACAST_TEST_LOGS'] === undefined;
  return logger;
}
