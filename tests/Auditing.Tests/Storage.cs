using System.Data.Common;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace LandPlatform.Auditing.Tests;

public sealed partial class AuditAppFactory
{
    /// <summary>Where a test's database lives: a SQLite file in a temporary folder, or a PostgreSQL database.</summary>
    public sealed class Storage
    {
        /// <summary>Set to a server's connection string (no database) to run the PostgreSQL tests.</summary>
        public const string PostgresVariable = "AUDIT_TEST_POSTGRES";

        private readonly string? _folder;
        private readonly string? _postgres;

        private Storage(string? folder, string? postgres) => (_folder, _postgres) = (folder, postgres);

        public static Storage Sqlite() => new(Path.Combine(Path.GetTempPath(), "audit-tests-" + Guid.NewGuid().ToString("N")), null);

        public static async Task<Storage> PostgresAsync()
        {
            var server = Environment.GetEnvironmentVariable(PostgresVariable)
                ?? throw new InvalidOperationException($"{PostgresVariable} is not set.");
            var name = "audit_" + Guid.NewGuid().ToString("N");
            await using (var admin = new NpgsqlConnection(server))
            {
                await admin.OpenAsync();
                await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
                await create.ExecuteNonQueryAsync();
            }

            return new Storage(null, new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString);
        }

        public DbConnection Open() => _postgres is not null
            ? new NpgsqlConnection(_postgres)
            : new SqliteConnection($"Data Source={Path.Combine(_folder!, "audittest.db")};Pooling=False");

        public void Configure(IWebHostBuilder builder)
        {
            if (_postgres is not null)
            {
                builder.UseSetting("ConnectionStrings:audittestdb", _postgres);
            }
            else
            {
                builder.UseSetting("DataDirectory", _folder);
            }
        }

        public async Task DeleteAsync()
        {
            if (_postgres is not null)
            {
                NpgsqlConnection.ClearAllPools();
                var builder = new NpgsqlConnectionStringBuilder(_postgres);
                var name = builder.Database;
                builder.Database = "postgres";
                await using var admin = new NpgsqlConnection(builder.ConnectionString);
                await admin.OpenAsync();
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", admin);
                await drop.ExecuteNonQueryAsync();
                return;
            }

            SqliteConnection.ClearAllPools();
            if (Directory.Exists(_folder))
            {
                Directory.Delete(_folder, recursive: true);
            }
        }
    }
}
