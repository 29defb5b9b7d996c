/** Files the OS asks Dossier to open (file associations, second instance): case files and bundles. */
export function filesToOpen(argv: readonly string[]): { cases: string[]; bundles: string[] } {
  const files = argv.filter((a) => !a.startsWith('-'));
  return {
    cases: files.filter((f) => /\.dossier$/i.test(f)),
    bundles: files.filter((f) => /\.casebundle$/i.test(f)),
  };
}
