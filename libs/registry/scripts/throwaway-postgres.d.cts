// Types for throwaway-postgres.cjs (plain CommonJS so that Jest's global setup and .mjs scripts share it).
export declare const INSTALL_HINT: string;

export interface PostgresSearch {
  env?: NodeJS.ProcessEnv;
  /** Debian's folder of versioned server installs. */
  debian?: string;
}

export interface ThrowawayPostgres {
  /** postgresql://postgres@127.0.0.1:<port>/<database> */
  url: string;
  adminUrl: string;
  dir: string;
  /** Stops the server and deletes its folder. */
  stop(): void;
}

export declare function findPostgresBin(search?: PostgresSearch): string | null;
export declare function startThrowawayPostgres(options?: PostgresSearch & { database?: string }): Promise<ThrowawayPostgres>;
