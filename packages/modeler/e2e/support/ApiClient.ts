/**
 * The API as the tests use it to arrange data and to check what the UI stored: signed in as a
 * demo account, with the session's CSRF token on every change.
 */
import { expect, request, type APIRequestContext } from '@playwright/test';
import type { AdoptionOverview, DiagramList, Process, ProcessPage, Session } from '@efile/schemas';

export class ApiClient {
  private constructor(
    private readonly context: APIRequestContext,
    private readonly csrfToken: string,
  ) {}

  /** Signs in with a username and password. */
  static async signIn(baseURL: string, username: string, password: string): Promise<ApiClient> {
    const context = await request.newContext({ baseURL });
    const response = await context.post('/api/v1/session', { data: { username, password } });
    expect(response.status(), `sign-in of ${username}`).toBe(201);
    const session = (await response.json()) as Session;
    return new ApiClient(context, session.csrfToken);
  }

  async dispose(): Promise<void> {
    await this.context.dispose();
  }

  async get<T>(path: string): Promise<T> {
    const response = await this.context.get(`/api/v1${path}`);
    expect(response.status(), `GET ${path}`).toBe(200);
    return (await response.json()) as T;
  }

  process(key: string): Promise<Process> {
    return this.get<Process>(`/processes/${key}`);
  }

  processes(query: string): Promise<ProcessPage> {
    return this.get<ProcessPage>(`/processes?${query}`);
  }

  diagrams(key: string): Promise<DiagramList> {
    return this.get<DiagramList>(`/processes/${key}/diagrams`);
  }

  adoptions(baseKey: string): Promise<AdoptionOverview> {
    return this.get<AdoptionOverview>(`/processes/${baseKey}/adoptions`);
  }

  /** A request (a change with JSON body, or a read that may fail); answers the status and body. */
  async send(
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    path: string,
    body?: unknown,
    ifMatch?: number,
  ): Promise<{ status: number; body: unknown }> {
    const response = await this.context.fetch(`/api/v1${path}`, {
      method,
      headers: {
        'X-CSRF-Token': this.csrfToken,
        ...(ifMatch !== undefined ? { 'If-Match': `"${ifMatch}"` } : {}),
      },
      ...(body !== undefined ? { data: body } : {}),
    });
    const text = await response.text();
    return { status: response.status(), body: text ? (JSON.parse(text) as unknown) : undefined };
  }

  /** Changes a process's metadata as another user would. */
  async patchProcess(key: string, patch: Record<string, unknown>): Promise<Process> {
    const current = await this.process(key);
    const answer = await this.send('PATCH', `/processes/${key}`, patch, current.version);
    expect(answer.status, `PATCH /processes/${key}`).toBe(200);
    return answer.body as Process;
  }

  /** Uploads a BPMN file as the next (draft) version. */
  async uploadDiagram(key: string, xml: string | Buffer): Promise<number> {
    const response = await this.context.post(`/api/v1/processes/${key}/diagrams`, {
      headers: { 'X-CSRF-Token': this.csrfToken, 'Content-Type': 'application/xml' },
      data: xml,
    });
    expect(response.status(), `upload to ${key}`).toBe(201);
    return ((await response.json()) as { version: number }).version;
  }

  /** The exact bytes of a diagram version. */
  async diagramBytes(key: string, version: number): Promise<Buffer> {
    const response = await this.context.get(`/api/v1/processes/${key}/diagrams/${version}/content`);
    expect(response.status()).toBe(200);
    return response.body();
  }
}
