import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { Layout } from './Layout';
import DashboardPage from '../pages/dashboard/DashboardPage';
import { NotFoundPage } from './NotFoundPage';

// Every page but the landing page (the indicators dashboard) is its own
// chunk; the network explorer and GraphiQL, the heavy ones, are only
// fetched when opened. The search front door lives at /explore.
const HomePage = lazy(() => import('../pages/search/HomePage').then((m) => ({ default: m.HomePage })));
const IndicatorPage = lazy(() => import('../pages/indicators/IndicatorPage'));
const SearchPage = lazy(() => import('../pages/search/SearchPage'));
const RegionPage = lazy(() => import('../pages/regions/RegionPage'));
const OrganizationPage = lazy(() => import('../pages/organizations/OrganizationPage'));
const PersonPage = lazy(() => import('../pages/people/PersonPage'));
const NetworkPage = lazy(() => import('../pages/network/NetworkPage'));
const GraphiQLPage = lazy(() => import('../pages/graphiql/GraphiQLPage'));
const LoginPage = lazy(() => import('../pages/login/LoginPage'));
const TokensPage = lazy(() => import('../pages/admin/TokensPage'));
const UsersPage = lazy(() => import('../pages/admin/UsersPage'));
const AuditPage = lazy(() => import('../pages/admin/AuditPage'));
const TrainingPage = lazy(() => import('../pages/training/TrainingPage'));
const CoursePage = lazy(() => import('../pages/training/CoursePage'));
const RuralIncomePage = lazy(() => import('../pages/admin/RuralIncomePage'));
const TwinningPage = lazy(() => import('../pages/twinning/TwinningPage'));
const PairPage = lazy(() => import('../pages/twinning/PairPage'));

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { index: true, element: <DashboardPage /> },
      { path: 'explore', element: <HomePage /> },
      { path: 'indicators/:code', element: <IndicatorPage /> },
      { path: 'search', element: <SearchPage /> },
      { path: 'regions', element: <RegionPage /> },
      { path: 'regions/:id', element: <RegionPage /> },
      { path: 'regions/:id/training', element: <TrainingPage /> },
      { path: 'training/:id', element: <CoursePage /> },
      { path: 'twinning', element: <TwinningPage /> },
      { path: 'regions/:id/twinning', element: <TwinningPage /> },
      { path: 'twinnings/:id', element: <PairPage /> },
      { path: 'organizations/:id', element: <OrganizationPage /> },
      { path: 'people/:id', element: <PersonPage /> },
      { path: 'network', element: <NetworkPage /> },
      { path: 'graphiql', element: <GraphiQLPage /> },
      { path: 'login', element: <LoginPage /> },
      { path: 'account/tokens', element: <TokensPage /> },
      { path: 'admin/users', element: <UsersPage /> },
      { path: 'admin/audit', element: <AuditPage /> },
      { path: 'admin/rural-income', element: <RuralIncomePage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
