import type { Server } from 'node:http';
/** Starts the fake gateway on 127.0.0.1:port (see common.mjs for the magic prompt words). */
export declare function startOpenAIFake(port: number): Server;
/** The gateway's video models and their own options (`sizes: null`: no size at all). */
export declare const gatewayModels: Record<string, { seconds: string[]; defaultSeconds: string; sizes: string[] | null }>;
/** Every id `GET /models` lists, including ids that are not plain data. */
export declare const listedModelIds: string[];
