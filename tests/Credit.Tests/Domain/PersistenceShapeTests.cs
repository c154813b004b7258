using System.Reflection;
using LandPlatform.Credit.Domain;

namespace LandPlatform.Credit.Tests.Domain;

/// <summary>The shape the EF Core mapping relies on: private parameterless constructors, no public setters, read-only child collections.</summary>
public sealed class PersistenceShapeTests
{
    public static TheoryData<Type> Entities => [typeof(Listing), typeof(Enterprise), typeof(RelatedSubject), typeof(Objection), typeof(ListingHistoryEntry)];

    [Theory]
    [MemberData(nameof(Entities))]
    public void Entities_can_be_materialised_but_not_changed_from_outside(Type type)
    {
        Assert.NotNull(type.GetConstructor(BindingFlags.Instance | BindingFlags.NonPublic, Type.EmptyTypes));
        Assert.DoesNotContain(type.GetConstructors(), c => c.GetParameters().Length == 0);
        Assert.All(type.GetProperties(), p => Assert.False(p.SetMethod?.IsPublic ?? false, $"{type.Name}.{p.Name} has a public setter"));
    }

    [Fact]
    public void Child_collections_are_read_only_views()
    {
        var listing = A.Notice();
        var file = A.Enterprise();

        Assert.IsType<System.Collections.ObjectModel.ReadOnlyCollection<ListingHistoryEntry>>(listing.History);
        Assert.IsType<System.Collections.ObjectModel.ReadOnlyCollection<EvidenceReference>>(listing.Evidence);
        Assert.IsType<System.Collections.ObjectModel.ReadOnlyCollection<RelatedSubject>>(file.RelatedSubjects);
    }
}
