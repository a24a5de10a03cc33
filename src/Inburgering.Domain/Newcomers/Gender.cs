namespace Inburgering.Domain.Newcomers;

public enum Gender
{
    Female,
    Male,
    X,
}
