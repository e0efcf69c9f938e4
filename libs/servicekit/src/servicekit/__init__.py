"""Shared kit of the PRF services (settings, database, problems, auth, observability, outbox)."""

import warnings

import authlib.deprecate  # noqa: F401  (installs its own "always" filter, which ours must follow)

# authlib announces the move of authlib.jose to joserfc; the API we use is stable until authlib 2.
warnings.filterwarnings("ignore", message="authlib.jose module is deprecated")
