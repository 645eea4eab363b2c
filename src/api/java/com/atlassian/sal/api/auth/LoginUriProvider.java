package com.atlassian.sal.api.auth;

import java.net.URI;

/** Declaration only (see src/api/README.md). */
public interface LoginUriProvider {
    URI getLoginUri(URI returnUri);
}
