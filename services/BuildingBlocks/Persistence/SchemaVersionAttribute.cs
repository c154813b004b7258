namespace LandPlatform.Persistence;

/// <summary>
/// The schema version a DbContext's model corresponds to. EF's design-time tooling (and so
/// scaffolded migrations) is not obtainable here; instead the schema is created from the model and
/// the version is recorded with a hash of the model's DDL. Changing the model means bumping this
/// number and recording the new schema snapshot — a test per service fails until both are done.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class SchemaVersionAttribute(int version) : Attribute
{
    public int Version { get; } = version;
}
