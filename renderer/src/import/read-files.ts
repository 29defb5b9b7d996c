/** Reads browser File objects as base64, for `documents:import-upload`. */
export async function filesToUploads(files: File[]): Promise<{ name: string; dataBase64: string }[]> {
  return Promise.all(
    files.map(async (f) => ({ name: f.name, dataBase64: toBase64(new Uint8Array(await f.arrayBuffer())) })),
  );
}

function toBase64(bytes: Uint8Array): string {
  // In slices: String.fromCharCode with a huge argument list overflows the stack.
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
