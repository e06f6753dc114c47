import type { Server } from 'node:http';
/** Starts the fake on 127.0.0.1:port (see common.mjs for the magic prompt words). */
export declare function startGeminiFake(port: number): Server;
