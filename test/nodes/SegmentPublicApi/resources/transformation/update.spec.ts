import { runJson, runNode } from '../../../../harness/node';
import { apiWithBody } from '../../../../harness/segment';
import { always, capture } from '../../../../differential/capture';

const byId = (value: string) => ({ __rl: true, mode: 'id', value });

const updated = {
	id: 'tfm1',
	name: 'Renamed',
	sourceId: 'src1',
	enabled: false,
	if: "type = 'identify'",
	drop: true,
};

const target = { resource: 'transformation', operation: 'update', transformationId: byId('tfm1') };

describe('Transformation > Update', () => {
	it('PATCHes the fields given, with the rule collections mapped', async () => {
		apiWithBody()
			.patch('/transformations/tfm1', {
				name: 'Renamed',
				if: "type = 'identify'",
				enabled: false,
				drop: true,
				newEventName: 'Identified',
				destinationMetadataId: 'meta1',
				propertyRenames: [{ oldName: 'traits.mail', newName: 'traits.email' }],
				propertyValueTransformations: [{ propertyPaths: ['traits.a', 'traits.b', 'traits.c'], propertyValue: 'x' }],
				fqlDefinedProperties: [{ fql: 'lowercase(traits.email)', propertyName: 'traits.email_lc' }],
			})
			.reply(200, { data: { transformation: updated } });

		const items = await runJson({
			...target,
			updateFields: {
				name: 'Renamed',
				if: "type = 'identify'",
				enabled: false,
				drop: true,
				newEventName: 'Identified',
				destinationMetadataId: 'meta1',
			},
			propertyRenames: { rename: [{ oldName: 'traits.mail', newName: 'traits.email' }] },
			propertyValueTransformations: {
				transformation: [{ propertyPaths: 'traits.a,traits.b\ntraits.c', propertyValue: 'x' }],
			},
			fqlDefinedProperties: { property: [{ propertyName: 'traits.email_lc', fql: 'lowercase(traits.email)' }] },
		});

		expect(items).toEqual([updated]);
	});

	it('sends only the one field given', async () => {
		apiWithBody()
			.patch('/transformations/tfm1', { enabled: true })
			.reply(200, { data: { transformation: { ...updated, enabled: true } } });

		const items = await runJson({ ...target, updateFields: { enabled: true } });

		expect(items).toEqual([{ ...updated, enabled: true }]);
	});

	it('sends only the renames when nothing else is set', async () => {
		apiWithBody()
			.patch('/transformations/tfm1', { propertyRenames: [{ oldName: 'a', newName: 'b' }] })
			.reply(200, { data: { transformation: updated } });

		const items = await runJson({ ...target, propertyRenames: { rename: [{ oldName: 'a', newName: 'b' }] } });

		expect(items).toEqual([updated]);
	});

	it('refuses an update with nothing set before sending any request, naming the fields to set', async () => {
		const sent = await capture(
			() =>
				expect(runNode({ ...target, updateFields: {} })).rejects.toMatchObject({
					message: 'Set at least one of "Condition (FQL)", "Enabled", "Name", "Destination Type Name or ID", "Drop Event", "New Event Name" in "Update Fields", or set one of "Property Renames", "Property Value Transformations", "FQL Defined Properties"',
				}),
			always({ data: {} }),
		);
		expect(sent).toEqual([]);
	});
});
