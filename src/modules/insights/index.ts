/** The insights module's door: what other modules and the composition root may use (eslint.config.js keeps it so). */
export { formPageRoutes } from './form-page.routes.ts';
export { LINK_POSTS_PER_WINDOW, linkPageGuards, sendPage } from './link-page-guard.ts';
export { insightRoutes } from './insights.routes.ts';
export { langQuery, page, pageLanguage } from './page-layout.ts';
export type { Page } from './page-layout.ts';
export { customerBoardRoutes } from './customer-board.routes.ts';
export { ideasByCustomer, ideasPostedIn, ideasShippedPerQuarter, shippedIdeas } from './customer-board.service.ts';
