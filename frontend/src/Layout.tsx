import type { ReactNode } from "react";
import { useLocation } from "react-router-dom";
import { Header } from "@codegouvfr/react-dsfr/Header";
import { Footer } from "@codegouvfr/react-dsfr/Footer";
import { SkipLinks } from "@codegouvfr/react-dsfr/SkipLinks";
import type { MainNavigationProps } from "@codegouvfr/react-dsfr/MainNavigation";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { useAuth } from "./auth/AuthContext";
import { signInErrorMessage } from "./auth/signInError";

const NAV: Record<string, { text: string; to: string }[]> = {
  valideur: [
    { text: "Rechercher une place", to: "/sessions" },
    { text: "Mes candidats", to: "/candidats" },
    { text: "Alertes", to: "/alertes" },
  ],
  organisme: [
    { text: "Candidatures reçues", to: "/of/candidatures" },
    { text: "Mes sessions", to: "/of/sessions" },
    { text: "Import des présences", to: "/of/import" },
    { text: "Alertes", to: "/alertes" },
  ],
  region: [
    { text: "Tableau de bord", to: "/region/tableau-de-bord" },
    { text: "Offre de formation", to: "/region/offre" },
    { text: "Modules", to: "/region/modules" },
    { text: "Sessions", to: "/sessions" },
  ],
  financeur: [
    { text: "Tableau de bord", to: "/region/tableau-de-bord" },
    { text: "Sessions", to: "/sessions" },
  ],
};

export const ROLE_LABEL: Record<string, string> = {
  region: "Région",
  valideur: "Valideur",
  organisme: "Organisme de formation",
  financeur: "Financeur",
};

export function Layout({ children }: { children: ReactNode }) {
  const { user, me, login, logout, loginError } = useAuth();
  const location = useLocation();
  const items = (me && NAV[me.role]) || [];
  const profile = user?.profile as { email?: string; name?: string; preferred_username?: string } | undefined;
  const who = profile?.email ?? profile?.preferred_username ?? profile?.name ?? me?.sub ?? "";
  const navigation: MainNavigationProps.Item[] = items.map((i) => ({
    text: i.text,
    linkProps: { to: i.to },
    isActive: location.pathname === i.to || location.pathname.startsWith(`${i.to}/`),
  }));

  const quick = user
    ? [
        {
          iconId: "fr-icon-account-circle-line" as const,
          text: me ? `${ROLE_LABEL[me.role] ?? me.role} · ${who}` : "Connecté",
          linkProps: { to: "/" },
        },
        {
          iconId: "fr-icon-logout-box-r-line" as const,
          text: "Se déconnecter",
          buttonProps: { onClick: () => void logout(), type: "button" as const },
        },
      ]
    : [
        {
          iconId: "fr-icon-lock-line" as const,
          text: "Se connecter",
          buttonProps: { onClick: () => void login(), type: "button" as const },
        },
      ];

  return (
    <>
      <SkipLinks links={[{ label: "Contenu", anchor: "#contenu" }]} />
      <Header
        brandTop={
          <>
            Région
            <br />
            Pays de la Loire
          </>
        }
        homeLinkProps={{ to: "/", title: "Accueil — PRF" }}
        serviceTitle="PRF"
        serviceTagline="Programme régional de formation des demandeurs d'emploi"
        quickAccessItems={quick}
        navigation={navigation.length ? navigation : undefined}
      />
      <main id="contenu" className="fr-container fr-py-4w prf-main" tabIndex={-1}>
        <div aria-live="assertive">
          {loginError ? (
            <Alert
              severity="error"
              small={false}
              className="fr-mb-3w"
              title="La connexion a échoué"
              description={signInErrorMessage(loginError)}
            />
          ) : null}
        </div>
        {children}
      </main>
      <Footer
        accessibility="partially compliant"
        contentDescription="PRF — la plateforme du programme régional de formation : offre, places, candidatures, parcours et indicateurs."
        bottomItems={[{ text: "API", linkProps: { href: "/api/openapi.json" } }]}
      />
    </>
  );
}
