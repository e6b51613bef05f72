namespace ClaimTracker.Core.Numbers;

/// <summary>One number as read from the text, before ranges and qualifiers are put together.</summary>
internal sealed class NumberAtom
{
    public int Start;
    public int End;
    public double Value;
    /// <summary>Value before the last multiplier ("12" of "12 million"), so that "10 to 12 million" spreads the scale.</summary>
    public double Mantissa;
    public double Multiplier = 1;
    public bool Words;
    public bool Ordinal;
    public bool Fraction;
    public bool Vague;
    public bool PlainInt;
    public int IntDigits;
}
