/** The size of a schema as introspection returns it — types, fields, arguments, input fields, enum values — counted once per schema. */
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, type GraphQLSchema } from 'graphql';

const sizes = new WeakMap<GraphQLSchema, number>();

export function schemaSize(schema: GraphQLSchema): number {
  const known = sizes.get(schema);
  if (known !== undefined) return known;
  let size = schema.getDirectives().reduce((sum, directive) => sum + 1 + directive.args.length, 0);
  for (const type of Object.values(schema.getTypeMap())) {
    size += 1;
    if (isObjectType(type) || isInterfaceType(type))
      for (const field of Object.values(type.getFields())) size += 1 + field.args.length;
    else if (isInputObjectType(type)) size += Object.keys(type.getFields()).length;
    else if (isEnumType(type)) size += type.getValues().length;
  }
  sizes.set(schema, size);
  return size;
}
