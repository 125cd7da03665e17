/** Drops any `user:password@` part so a URI can be logged and put in error messages. */
export function describeUri(uri: string): string {
  return uri.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^@/]*@/i, '$1');
}

/**
 * Removes the password from a message before it is logged or thrown. Passwords under four
 * characters are left alone: replacing every `a` in a message would make it unreadable
 * while protecting nothing.
 */
export function redactSecret(message: string, secret: string): string {
  return secret.length < 4 ? message : message.split(secret).join('***');
}
