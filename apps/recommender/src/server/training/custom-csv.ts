// Reads the user's CSV files for `--data ratings.csv [--items items.csv]`. Node only.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { customDataset } from '../../domain/custom-data';
import type { RecDataset } from '../../domain/dataset';

export async function loadRatingsCsv(path: string, options: { itemsPath?: string; seed: number }): Promise<RecDataset> {
  const ratings = await readFile(path, 'utf8');
  const items = options.itemsPath ? await readFile(options.itemsPath, 'utf8') : null;
  return customDataset(ratings, items, { seed: options.seed, name: basename(path) });
}
