using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace LandPlatform.Persistence;

/// <summary>The DDL a model produces for the current provider, and its fingerprint.</summary>
public static class SchemaScript
{
    public static string Generate(DbContext context) =>
        context.Database.GenerateCreateScript().ReplaceLineEndings("\n").Trim() + "\n";

    public static string Hash(string script) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(script)));

    public static int DeclaredVersion(Type contextType) =>
        contextType.GetCustomAttribute<SchemaVersionAttribute>()?.Version
        ?? throw new InvalidOperationException($"{contextType.Name} has no [SchemaVersion]: every service database declares its schema version.");
}
