/** Where "customer since" comes from: when they first came, not when their record was imported. */
export type CustomerSince = { at: Date; from: 'interaction' | 'response' | 'created' };

export function customerSince(p: {
  firstInteraction: Date | null;
  firstResponse: Date | null;
  createdAt: Date;
}): CustomerSince {
  if (p.firstInteraction) return { at: p.firstInteraction, from: 'interaction' };
  if (p.firstResponse) return { at: p.firstResponse, from: 'response' };
  return { at: p.createdAt, from: 'created' };
}
