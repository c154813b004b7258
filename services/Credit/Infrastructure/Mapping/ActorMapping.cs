using LandPlatform.Credit.Domain;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LandPlatform.Credit.Infrastructure.Mapping;

internal static class ActorMapping
{
    public static void Configure(ComplexPropertyBuilder<Actor> actor)
    {
        actor.Property(a => a.Id).HasMaxLength(200).IsRequired();
        actor.Property(a => a.Name).HasMaxLength(200).IsRequired();
    }
}
