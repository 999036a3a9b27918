/**
 * Reads a BPMN upload into memory with a byte limit: a raw XML body, or a multipart form
 * with a `file` part (and an optional `message` field). Past the limit nothing more is kept,
 * the connection is closed after the 413, and no partial file ever reaches the parser.
 */
import type { Request, Response } from 'express';
import busboy from 'busboy';
import { InputError, PayloadTooLargeError, UnprocessableError, UnsupportedMediaTypeError } from '../errors.js';

export interface BpmnUpload {
  bytes: Buffer;
  /** The multipart `message` field, if sent. */
  message?: string;
}

/** Media types of a raw BPMN body. */
export const BPMN_MEDIA_TYPES = ['application/xml', 'text/xml', 'application/bpmn+xml'];

/** Longest `message` a multipart form may carry (as in the schema). */
const MAX_MESSAGE = 500;
/** Room for the multipart boundaries, part headers and fields around the file. */
const MULTIPART_OVERHEAD = 64 * 1024;

function tooLarge(res: Response, maxBytes: number): PayloadTooLargeError {
  res.setHeader('Connection', 'close');
  return new PayloadTooLargeError(`The BPMN file is larger than the limit of ${maxBytes} bytes.`);
}

function readRaw(req: Request, res: Response, maxBytes: number): Promise<BpmnUpload> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    req.resume();
    return Promise.reject(tooLarge(res, maxBytes));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    const onData = (chunk: Buffer) => {
      total += chunk.length;
      if (total > maxBytes) {
        cleanup();
        // Discard the rest until the connection closes after the response.
        req.resume();
        reject(tooLarge(res, maxBytes));
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      cleanup();
      resolve({ bytes: Buffer.concat(chunks, total) });
    };
    const onError = () => {
      cleanup();
      reject(new InputError('The upload was interrupted.'));
    };
    const cleanup = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
  });
}

function readMultipart(req: Request, res: Response, maxBytes: number): Promise<BpmnUpload> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        limits: { files: 1, fileSize: maxBytes, fields: 10, fieldSize: MAX_MESSAGE * 4 + 16, parts: 12 },
      });
    } catch {
      reject(new InputError('The multipart body has no boundary.'));
      return;
    }
    let settled = false;
    let file: Buffer | undefined;
    let message: string | undefined;
    let received = 0;
    const fail = (err: Error) => {
      if (settled) return;
      settled = true;
      req.unpipe(parser);
      req.off('data', count);
      req.resume();
      reject(err);
    };
    const count = (chunk: Buffer) => {
      received += chunk.length;
      if (received > maxBytes + MULTIPART_OVERHEAD) fail(tooLarge(res, maxBytes));
    };

    parser.on('file', (name, stream) => {
      if (name !== 'file') {
        stream.resume();
        return;
      }
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('limit', () => fail(tooLarge(res, maxBytes)));
      stream.on('end', () => {
        file = Buffer.concat(chunks);
      });
    });
    parser.on('field', (name, value, info) => {
      if (name !== 'message') return;
      if (info.valueTruncated || [...value].length > MAX_MESSAGE) {
        fail(
          new UnprocessableError(`The message is longer than ${MAX_MESSAGE} characters.`, [
            { in: 'body', field: 'message', message: `must not have more than ${MAX_MESSAGE} characters` },
          ]),
        );
        return;
      }
      message = value;
    });
    parser.on('filesLimit', () =>
      fail(
        new InputError('Upload one file per request.', [{ in: 'body', field: 'file', message: 'must be one file' }]),
      ),
    );
    parser.on('error', () => fail(new InputError('The multipart body is malformed.')));
    parser.on('close', () => {
      if (settled) return;
      settled = true;
      if (!file) {
        reject(
          new InputError('The multipart form has no "file" part.', [
            { in: 'body', field: 'file', message: 'is required' },
          ]),
        );
        return;
      }
      resolve({ bytes: file, ...(message !== undefined ? { message } : {}) });
    });
    req.on('data', count);
    req.pipe(parser);
  });
}

/**
 * Reads the upload of POST /processes/{key}/diagrams. Throws 415 for other media types,
 * 413 past `maxBytes`, 400 for a broken or file-less multipart form.
 */
export function readBpmnUpload(req: Request, res: Response, maxBytes: number): Promise<BpmnUpload> {
  // Not req.is(): it answers null for an empty body, which must get 422, not 415.
  const mediaType = (req.get('Content-Type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (BPMN_MEDIA_TYPES.includes(mediaType)) return readRaw(req, res, maxBytes);
  if (mediaType === 'multipart/form-data') return readMultipart(req, res, maxBytes);
  return Promise.reject(
    new UnsupportedMediaTypeError(
      `Upload BPMN as application/xml, text/xml, application/bpmn+xml or multipart/form-data with a "file" part, not ${req.get('Content-Type') ?? 'a body without Content-Type'}.`,
    ),
  );
}
