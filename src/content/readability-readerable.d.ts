// The package types only its index; the annotator imports the small readerable check on its own.
declare module "@mozilla/readability/Readability-readerable.js" {
  export default function isProbablyReaderable(
    document: Document,
    options?: { minScore?: number; minContentLength?: number; visibilityChecker?: (node: Node) => boolean },
  ): boolean;
}
