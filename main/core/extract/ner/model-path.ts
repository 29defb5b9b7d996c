import { join } from 'node:path';
import { assetsDir } from '../../assets-dir.js';

export const MODEL_FILE_NAME = 'ner-en.bin';

/** The shipped model: assets/models/ner-en.bin. */
export function defaultModelPath(): string {
  return join(assetsDir(), 'models', MODEL_FILE_NAME);
}
