// The renderer arrives with the application shell; this keeps its typecheck project non-empty.
export const RENDERER_PENDING = true;
