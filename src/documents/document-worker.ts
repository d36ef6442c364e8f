import { parentPort } from 'node:worker_threads';
import { Taxonomy } from '../domain/taxonomy/taxonomy';
import { DocumentError } from './document-error';
import type { DocumentReply, DocumentRequest } from './document-protocol';
import { readResumeDocument } from './read-resume-document';

/**
 * A résumé document worker thread: PDF and DOCX extraction are CPU-bound and run here, off the
 * thread that answers requests. Documents are read one at a time, in memory only: nothing is
 * written to disk and nothing of a document is logged.
 */
function main(): void {
  let taxonomy: Taxonomy | null = null;
  let queue = Promise.resolve();
  parentPort!.on('message', (message: DocumentRequest) => {
    if (message.type === 'taxonomy') {
      taxonomy = Taxonomy.fromDefs(message.version, message.skills);
      return;
    }
    const current = taxonomy;
    queue = queue.then(async () => {
      let reply: DocumentReply;
      try {
        if (current === null) throw new Error('no taxonomy sent before the first document');
        const result = await readResumeDocument(
          Buffer.from(message.bytes),
          message.mediaType,
          message.source,
          current,
          new Date(message.now),
        );
        reply = { seq: message.seq, result };
      } catch (err) {
        reply =
          err instanceof DocumentError
            ? { seq: message.seq, refused: { kind: err.kind, reason: err.reason } }
            : { seq: message.seq, crashed: err instanceof Error ? err.message : String(err) };
      }
      parentPort!.postMessage(reply);
    });
  });
}

main();
