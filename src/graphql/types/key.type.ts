import { Node } from './node.type';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Role } from '../../auth/roles';

registerEnumType(Role, {
  name: 'Role',
  description:
    'What an API key may do. RECRUITER: candidates, matching and rankings. ADMIN: everything, plus keys, the audit ' +
    'log, deletes and imports. Without a key: skills, postings and parsePosting only.',
});

@ObjectType({ description: 'An API key as listings show it: never the key itself, never its hash.', implements: Node })
export class ApiKey {
  // id is the global id, resolved for every Node by NodeResolver.
  id: number;

  @Field(() => String, { nullable: true })
  name: string | null;

  @Field(() => Role)
  role: Role;

  @Field({ description: 'The first characters of a generated key (`sm_Ab3dE9f…`), to tell keys apart.' })
  hint: string;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the key stopped working; null while it works.' })
  revokedAt: Date | null;
}

@ObjectType({ description: 'A new API key. `key` is shown this once and stored only as a hash: keep it now.' })
export class CreatedApiKey {
  @Field({ description: 'Send it as `Authorization: Bearer <key>`.' })
  key: string;

  @Field(() => ApiKey)
  apiKey: ApiKey;
}
