/**
 * The app's URLs, language-neutral and shareable: every page can be bookmarked and reloaded.
 *
 * /sign-in                       sign-in (the only page for anonymous users)
 * /processes?q=…&department=…    the catalogue; the query holds every filter, the sort and the page
 * /processes/:key?version=3      a process; `version` selects the diagram version shown
 * /processes/:key/edit           the BPMN modeler for the process
 * /rollout?department=…&group=…  the rollout dashboard; the query holds its filters
 * /rollout/departments/:code     one department's rollout
 * /rollout/waves                 the wave board
 * /rollout/report                the printable council report
 */
export const paths = {
  signIn: '/sign-in',
  catalogue: (search?: string) => `/processes${search ? `?${search}` : ''}`,
  process: (key: string, version?: number) =>
    `/processes/${encodeURIComponent(key)}${version !== undefined ? `?version=${version}` : ''}`,
  modeler: (key: string) => `/processes/${encodeURIComponent(key)}/edit`,
  rollout: (search?: string) => `/rollout${search ? `?${search}` : ''}`,
  rolloutDepartment: (code: string) => `/rollout/departments/${encodeURIComponent(code)}`,
  rolloutWaves: '/rollout/waves',
  rolloutReport: '/rollout/report',
};
