declare module '@apollo/client' {
  interface DefaultContext {
    /**
     * Error codes the calling component shows itself (e.g. next to a form field);
     * the global error link does not raise a snackbar for them.
     */
    handledErrorCodes?: readonly string[];
  }
}

export {};
