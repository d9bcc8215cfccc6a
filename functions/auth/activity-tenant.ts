type Named = { conversation?: { tenantId?: unknown }; channelData?: { tenant?: { id?: unknown } } };

/**
 * The tenants an activity names, without repeats: Teams puts the tenant both in
 * `conversation.tenantId` and in `channelData.tenant.id`. One name is a tenant;
 * two different ones mean the activity cannot be trusted to say where it happened.
 */
export function tenantsNamedBy(activity: unknown): readonly string[] {
  const named = (typeof activity === 'object' && activity !== null ? activity : {}) as Named;
  const candidates = [named.conversation?.tenantId, named.channelData?.tenant?.id];
  return [...new Set(candidates.filter((tenant): tenant is string => typeof tenant === 'string' && tenant.length > 0))];
}
