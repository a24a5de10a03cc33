namespace Inburgering.Domain.Common;

/// <summary>
/// A rule of the domain was broken. <see cref="Code"/> names the rule; the UI turns it into
/// a localized message (resource key <c>Error.{Code}</c>), so the domain stays language-free.
/// </summary>
public sealed class DomainException : Exception
{
    public DomainException(string code, params object[] arguments)
        : base(code)
    {
        Code = code;
        Arguments = arguments;
    }

    public DomainException()
        : this("Unknown")
    {
    }

    public DomainException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = message;
        Arguments = [];
    }

    public string Code { get; }

    public IReadOnlyList<object> Arguments { get; }
}
