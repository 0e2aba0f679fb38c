// pdf.js ships no types for its worker module; the ingest worker only hands it to pdf.js as a whole.
declare module 'pdfjs-dist/build/pdf.worker*' {
  export const WorkerMessageHandler: unknown
}
