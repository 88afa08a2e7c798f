"""The GraphQL layer: types, inputs, resolvers, loaders. Translates; holds no business rules."""
