import { Route, Routes } from "react-router-dom";
import { Layout } from "./Layout";
import { Callback } from "./auth/Callback";
import { RequireRole } from "./auth/RequireRole";
import { Home } from "./pages/Home";
import { SearchPage } from "./pages/valideur/SearchPage";
import { SessionPage } from "./pages/valideur/SessionPage";
import { MesCandidats } from "./pages/valideur/MesCandidats";
import { AlertesPage } from "./pages/common/AlertesPage";
import { CandidaturesRecues } from "./pages/organisme/CandidaturesRecues";
import { MesSessions } from "./pages/organisme/MesSessions";
import { SessionStagiaires } from "./pages/organisme/SessionStagiaires";
import { EmargementPage } from "./pages/organisme/EmargementPage";
import { ImportPage } from "./pages/organisme/ImportPage";
import { ParcoursPage } from "./pages/organisme/ParcoursPage";
import { Dashboard } from "./pages/region/Dashboard";
import { OffrePage } from "./pages/region/OffrePage";
import { ModulesPage } from "./pages/region/ModulesPage";
import { BilanLot } from "./pages/region/BilanLot";

const guard = (roles: string[] | undefined, el: JSX.Element) => <RequireRole roles={roles}>{() => el}</RequireRole>;

export function App() {
  return (
    <Layout>
      <Routes>
        <Route path="/" element={<Home />} />
        <Route path="/auth/callback" element={<Callback />} />
        <Route path="/sessions" element={guard(undefined, <SearchPage />)} />
        <Route path="/sessions/:id" element={guard(undefined, <SessionPage />)} />
        <Route path="/candidats" element={guard(["valideur"], <MesCandidats />)} />
        <Route path="/alertes" element={guard(["valideur", "organisme", "region"], <AlertesPage />)} />
        <Route path="/of/candidatures" element={guard(["organisme"], <CandidaturesRecues />)} />
        <Route path="/of/sessions" element={guard(["organisme"], <MesSessions />)} />
        <Route path="/of/sessions/:id" element={guard(["organisme"], <SessionStagiaires />)} />
        <Route path="/of/sessions/:id/emargement" element={guard(["organisme"], <EmargementPage />)} />
        <Route path="/of/import" element={guard(["organisme"], <ImportPage />)} />
        <Route path="/parcours/:id" element={guard(["organisme", "valideur", "region"], <ParcoursPage />)} />
        <Route path="/region/tableau-de-bord" element={guard(["region", "financeur"], <Dashboard />)} />
        <Route path="/region/offre" element={guard(["region"], <OffrePage />)} />
        <Route path="/region/modules" element={guard(["region"], <ModulesPage />)} />
        <Route path="/region/lots/:id/bilan" element={guard(["region", "financeur"], <BilanLot />)} />
        <Route path="*" element={<h1>Page introuvable</h1>} />
      </Routes>
    </Layout>
  );
}
