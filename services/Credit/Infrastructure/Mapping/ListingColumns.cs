namespace LandPlatform.Credit.Infrastructure.Mapping;

/// <summary>Names of shadow properties the mapping adds (not part of the domain).</summary>
internal static class ListingColumns
{
    public const string ListingId = "ListingId";
    public const string Revision = "Revision";
    public const string EnterpriseUscc = "EnterpriseUscc";
    public const string RowId = "RowId";
}
