/**
 * Reads the file of an import request into memory, within the size limit: a CSV or JSON body,
 * or the `file` part of a multipart/form-data upload (as a browser form sends it).
 */
import type { Readable } from 'node:stream';
import type { Request } from 'express';
import busboy from 'busboy';
import { InputError, PayloadTooLargeError, UnsupportedMediaTypeError } from '../errors.js';
import type { ImportFile, ImportFormat } from './parseImportFile.js';

/** Media types of CSV files: Windows labels .csv files application/vnd.ms-excel. */
const CSV_TYPES = ['text/csv', 'application/vnd.ms-excel', 'text/plain', 'text/tab-separated-values'];
const JSON_TYPES = ['application/json'];

/** Room for the multipart boundaries and part headers around the file. */
const MULTIPART_OVERHEAD = 64 * 1024;

const ACCEPTED = 'text/csv (or application/vnd.ms-excel, text/plain), application/json or multipart/form-data';

function tooLarge(maxBytes: number): PayloadTooLargeError {
  return new PayloadTooLargeError(
    `The import file exceeds the limit of ${maxBytes} bytes; split it into several files.`,
  );
}

function charsetOf(contentType: string | undefined): string | undefined {
  return /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '')?.[1];
}

function formatOfType(mediaType: string): ImportFormat | undefined {
  const type = mediaType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (CSV_TYPES.includes(type)) return 'csv';
  if (JSON_TYPES.includes(type) || type.endsWith('+json')) return 'json';
  return undefined;
}

/** The format of an uploaded part: by its extension when it names one, else by its media type. */
export function formatOfPart(filename: string | undefined, mediaType: string): ImportFormat {
  const extension = /\.([a-z0-9]+)$/i.exec(filename ?? '')?.[1]?.toLowerCase();
  if (extension === 'xlsx' || extension === 'xls' || extension === 'ods') {
    throw new UnsupportedMediaTypeError(
      `${filename} is a spreadsheet workbook, which cannot be imported: save it as "CSV UTF-8" or "CSV (Trennzeichen-getrennt)" and upload the .csv file.`,
    );
  }
  if (extension === 'csv' || extension === 'txt' || extension === 'tsv') return 'csv';
  if (extension === 'json') return 'json';
  const format = formatOfType(mediaType);
  if (!format) {
    throw new UnsupportedMediaTypeError(
      `The uploaded file ${filename ?? ''} (${mediaType}) is neither CSV nor JSON; upload a .csv or .json file.`,
    );
  }
  return format;
}

/** Collects a stream into one buffer, failing with 413 past maxBytes. */
function collect(stream: Readable, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        stream.pause();
        stream.removeAllListeners('data');
        reject(tooLarge(maxBytes));
        return;
      }
      chunks.push(chunk);
    });
    stream.on('end', () => resolve(Buffer.concat(chunks, size)));
    stream.on('error', (err) => reject(new InputError(`The upload was interrupted: ${err.message}`)));
  });
}

function readMultipart(req: Request, maxBytes: number): Promise<ImportFile> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: req.headers, limits: { files: 1, fileSize: maxBytes, fields: 20, parts: 25 } });
    } catch (err) {
      reject(new InputError(`The multipart body cannot be read: ${(err as Error).message}`));
      return;
    }
    let file: Promise<ImportFile> | undefined;
    const fail = (err: Error): void => {
      req.unpipe(parser);
      req.pause();
      reject(err);
    };
    parser.on('file', (name, stream, info) => {
      if (name !== 'file' || file) {
        stream.resume();
        return;
      }
      let format: ImportFormat;
      try {
        format = formatOfPart(info.filename, info.mimeType);
      } catch (err) {
        stream.resume();
        fail(err as Error);
        return;
      }
      stream.on('limit', () => fail(tooLarge(maxBytes)));
      file = collect(stream, maxBytes).then((bytes) => ({ bytes, format }));
      file.catch(() => undefined);
    });
    parser.on('error', (err: Error) => fail(new InputError(`The multipart body cannot be read: ${err.message}`)));
    parser.on('close', () => {
      if (!file) {
        reject(
          new InputError('The upload needs the import file in the form field "file".', [
            { in: 'body', field: 'file', message: 'is required' },
          ]),
        );
        return;
      }
      file.then(resolve, reject);
    });
    req.pipe(parser);
  });
}

/**
 * The import file of a request. Throws 415 for other media types, 413 past maxBytes and 400
 * for a request without a file.
 */
export async function readImportUpload(req: Request, maxBytes: number): Promise<ImportFile> {
  const contentType = req.get('Content-Type');
  const length = Number(req.get('Content-Length') ?? NaN);
  const hasBody = req.get('Transfer-Encoding') !== undefined || length > 0;
  if (!hasBody) {
    throw new InputError('The import needs a file: send CSV or JSON as the body, or upload it as form field "file".', [
      { in: 'body', field: '/', message: 'is required' },
    ]);
  }
  if (contentType && /^multipart\/form-data/i.test(contentType)) {
    if (length > maxBytes + MULTIPART_OVERHEAD) throw tooLarge(maxBytes);
    return readMultipart(req, maxBytes);
  }
  const format = contentType ? formatOfType(contentType) : undefined;
  if (!format) {
    throw new UnsupportedMediaTypeError(
      `This endpoint takes ${ACCEPTED}, not ${contentType ?? 'a body without Content-Type'}.`,
    );
  }
  if (length > maxBytes) throw tooLarge(maxBytes);
  const bytes = await collect(req, maxBytes);
  const charset = charsetOf(contentType);
  return { bytes, format, ...(charset ? { charset } : {}) };
}
