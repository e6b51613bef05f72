using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ClaimTracker.Store.Data;

/// <summary>
/// Stores times as UTC and reads them back marked as UTC (SQLite keeps no time zone). A time of unspecified kind is
/// taken as UTC: PostgreSQL's timestamptz (through Npgsql) refuses to guess.
/// </summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : DateTime.SpecifyKind(value, DateTimeKind.Utc),
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
