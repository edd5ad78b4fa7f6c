/** Locates the package's own folder (where package.json is), whether running from dist/ or from the TypeScript sources. */
import { existsSync } from 'fs';
import path from 'path';

export function packageRoot(from: string = __dirname): string {
  let dir = from;
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`packageRoot: no package.json above ${from}`);
    dir = parent;
  }
  return dir;
}
