/** The 50 MB MP4 the OpenAI fake serves for a prompt with [big] (see common.mjs). */
export declare function bigVideo(): { bytes: Buffer; type: string };
