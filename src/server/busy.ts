// The one answer to "too much at once": a typed, retryable error, never a hang or "Unexpected error.".

export const RETRY_AFTER_SECONDS = 1;
export const BUSY_MESSAGE = "The service is busy; retry in a moment.";
export const BUSY_EXTENSIONS = { code: "SERVICE_UNAVAILABLE", retryable: true } as const;
