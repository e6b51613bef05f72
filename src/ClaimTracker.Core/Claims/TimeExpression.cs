namespace ClaimTracker.Core.Claims;

/// <summary>Words that date a claim ("in October", "since September", "by December", "at present") and their offsets.</summary>
internal sealed record TimeExpression(string Text, int Start, int End);
