using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ClaimTracker.Store.Data;

/// <summary>Stores times as UTC and reads them back marked as UTC (SQLite keeps no time zone).</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : value,
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
