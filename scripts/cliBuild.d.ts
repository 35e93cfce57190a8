export declare const ROOT: string;
export declare const CLI_DIST: string;
export declare const STAMP: string;
export declare function cliBuildIsFresh(): boolean;
