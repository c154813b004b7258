using LandPlatform.SeedWork;

namespace LandPlatform.Credit.Domain;

/// <summary>
/// One fact, one listing: while a listing of the enterprise resting on a document (type + number) is open
/// (noticed or effective), no second listing may rest on the same document, whether a clerk or another
/// bureau's event opens it. The seeds are silent on this; the reasoning is the bureau's: the document
/// identifies the fact, a careful bureau lists a fact once, and two listings for one fact would double the
/// sanction — worse, repairing one would leave the other barring land (Check would still answer LISTED).
/// A withdrawn or delisted listing no longer stands in the way.
/// </summary>
public sealed class ADocumentOpensOneListing(LegalDocument document, IEnumerable<Listing> listingsOfTheEnterprise) : IBusinessRule
{
    private readonly Listing? _open = listingsOfTheEnterprise.FirstOrDefault(l =>
        l.Status is ListingStatus.Noticed or ListingStatus.Effective
        && string.Equals(l.Document.Type, document.Type.Trim(), StringComparison.Ordinal)
        && string.Equals(l.Document.Number, document.Number.Trim(), StringComparison.Ordinal));

    public bool IsBroken() => _open is not null;

    public string Message =>
        $"Listing {_open?.Id} ({_open?.Status}) already rests on {document.Type.Trim()} {document.Number.Trim()}: a fact is listed once.";
}
