import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import type { User } from "oidc-client-ts";
import { setCurrentUser, userManager } from "./oidc";
import { fetchMe } from "../api/endpoints";
import type { Me } from "../api/types";

interface AuthState {
  user: User | null;
  me: Me | undefined;
  meLoading: boolean;
  meError: unknown;
  ready: boolean;
  login: (returnTo?: string) => Promise<void>;
  logout: () => Promise<void>;
  acceptUser: (user: User) => void;
  /** Why the last sign-in could not start (the gateway unreachable…), shown in French by the layout. */
  loginError: unknown;
}

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null>(null);
  const [ready, setReady] = useState(false);
  const [loginError, setLoginError] = useState<unknown>(null);
  const queryClient = useQueryClient();

  useEffect(() => {
    const mgr = userManager();
    mgr
      .getUser()
      .then((u) => {
        setCurrentUser(u);
        setUser(u);
      })
      .catch(() => undefined)
      .finally(() => setReady(true));
    const onLoaded = (u: User) => setUser(u);
    const onUnloaded = () => setUser(null);
    mgr.events.addUserLoaded(onLoaded);
    mgr.events.addUserUnloaded(onUnloaded);
    return () => {
      mgr.events.removeUserLoaded(onLoaded);
      mgr.events.removeUserUnloaded(onUnloaded);
    };
  }, []);

  const meQuery = useQuery({
    queryKey: ["me", user?.profile?.sub ?? user?.access_token?.slice(-16)],
    queryFn: fetchMe,
    enabled: !!user,
    staleTime: Infinity,
    retry: 1,
  });

  const login = useCallback(async (returnTo?: string) => {
    const path = returnTo ?? window.location.pathname + window.location.search;
    setLoginError(null);
    try {
      await userManager().signinRedirect({ state: { returnTo: path.startsWith("/auth/") ? "/" : path } });
    } catch (e) {
      setLoginError(e);
    }
  }, []);

  const logout = useCallback(async () => {
    const mgr = userManager();
    try {
      await mgr.revokeTokens(["refresh_token"]);
    } catch {
      /* revocation is best effort */
    }
    await mgr.removeUser();
    setCurrentUser(null);
    setUser(null);
    queryClient.clear();
  }, [queryClient]);

  const acceptUser = useCallback((u: User) => {
    setCurrentUser(u);
    setUser(u);
  }, []);

  const value = useMemo<AuthState>(
    () => ({
      user,
      me: meQuery.data,
      meLoading: meQuery.isLoading,
      meError: meQuery.error,
      ready,
      login,
      logout,
      acceptUser,
      loginError,
    }),
    [user, meQuery.data, meQuery.isLoading, meQuery.error, ready, login, logout, acceptUser, loginError],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error("useAuth hors de AuthProvider");
  return ctx;
}

/** For component tests: a fixed identity without any OAuth machinery. */
export function TestAuthProvider({ me, children }: { me: Me; children: ReactNode }) {
  const value: AuthState = {
    user: null,
    me,
    meLoading: false,
    meError: null,
    ready: true,
    login: async () => undefined,
    logout: async () => undefined,
    acceptUser: () => undefined,
    loginError: null,
  };
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
