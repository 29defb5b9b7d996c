import { existsSync, realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { DossierError } from '../core/errors.js';

/**
 * Which file-system paths a contract call may name. The renderer is not trusted with the
 * file system: a path it sends is used only when the main side handed it out first — picked in
 * a native dialog, given on the command line or by the OS, a recent case — or when it lies in a
 * folder the app owns (its cases folder, its upload staging folder). Everything else is refused,
 * so a page (or anything that stole the browser host's credential) cannot read or write
 * arbitrary files.
 */
export class PathGrants {
  private readonly granted = new Set<string>();
  private readonly roots: string[];

  constructor(
    ownedFolders: readonly string[],
    private readonly isRecent: (path: string) => boolean = () => false,
  ) {
    this.roots = ownedFolders.map(canonical);
  }

  /** Records a path the main side chose or was given (dialog result, argv, OS open-file); a folder grants what is inside it. */
  grant(path: string): void {
    this.granted.add(canonical(path));
  }

  allows(path: string): boolean {
    if (!isAbsolute(path)) return false;
    const target = canonical(path);
    if (this.granted.has(target) || this.isRecent(target) || this.isRecent(resolve(path))) return true;
    return [...this.roots, ...this.granted].some((root) => isInside(target, root));
  }

  /** The path, when allowed; otherwise a refusal that says how to choose a file instead. */
  require(path: string, what: string): string {
    if (this.allows(path)) return path;
    throw new DossierError(
      'permission-denied',
      `${what}: ${basename(path)} was not chosen in Dossier. Choose it with the file dialog (desktop app), upload it (browser), or give it on the command line.`,
    );
  }
}

/** The real path: symlinks resolved for the deepest part that exists, the rest appended. */
function canonical(path: string): string {
  let head = resolve(path);
  const tail: string[] = [];
  while (!existsSync(head)) {
    const parent = dirname(head);
    if (parent === head) break;
    tail.unshift(basename(head));
    head = parent;
  }
  try {
    head = realpathSync(head);
  } catch {
    // unreadable: compare as written
  }
  return tail.length ? join(head, ...tail) : head;
}

function isInside(target: string, root: string): boolean {
  const rel = relative(root, target);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}
